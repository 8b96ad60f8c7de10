/**
 * Check 3: 收入总计 = 本年收入合计 + 上年结转结余, 支出总计 = 本年支出合计 + 年终结转结余 (or the 一、二、 lines of the
 * 财政拨款收支总表), and 收入总计 = 支出总计.
 */
import type { FindingOf } from "../../findings/finding";
import { judgeSame, judgeSum } from "../judge";
import type { RuleOf } from "../rule";
import type { Amount } from "../recognise/types";
import { effectiveAmount, summarySides } from "../summary-sides";

export const summaryBalance: RuleOf<"summary.balance"> = {
  id: "summary.balance",
  check(ctx) {
    const findings: FindingOf<"summary.balance">[] = [];
    for (const table of ctx.workbook.tables) {
      const sides = summarySides(table);
      for (const side of sides) {
        if (!side.grand) continue;
        const { total, parts } = side.grand;
        const identity = `${total.label.replace(/:$/, "")} = ${parts.map((p) => p.label).join(" + ")}`;
        for (const [role, amount] of total.amounts) {
          const values = parts
            .map((p) => effectiveAmount(p, role, side.headings))
            .filter((a): a is Amount => a !== undefined);
          if (values.length !== parts.length || values.length === 0) continue;
          const f = judgeSum(ctx, {
            rule: "summary.balance",
            table,
            total: amount,
            parts: values,
            params: { label: total.label, identity, balance: "lines" },
          });
          if (f) findings.push(f);
        }
      }
      const income = sides.find((s) => s.side === "income")?.grand?.total;
      const expense = sides.find((s) => s.side === "expense")?.grand?.total;
      const a = income?.amounts.get("amount") ?? income?.amounts.get("total");
      const b = expense?.amounts.get("amount") ?? expense?.amounts.get("total");
      if (a && b && income && expense) {
        const side = (x: Amount) => ({
          value: x.value,
          decimals: table.decimals,
          unit: table.unit,
          sheet: table.sheet,
          cell: x.cell,
          table: table.kind,
        });
        const f = judgeSame(ctx, "summary.balance", side(b), side(a), {
          label: expense.label,
          identity: `${income.label.replace(/:$/, "")} = ${expense.label}`,
          balance: "sides",
        });
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
