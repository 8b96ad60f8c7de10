/**
 * Check 8: per fund, what the 财政拨款收支总表 spends from it (支出合计 in that fund's column, carry-over to next year
 * included) equals what comes in from it (本年 + 上年结转 lines of that fund): money from 国有资本经营预算 cannot be
 * spent as 一般公共预算.
 */
import type { FindingOf } from "../../findings/finding";
import { compareSame } from "../judge";
import type { RuleOf } from "../rule";
import type { Amount } from "../recognise/types";
import { summarySides } from "../summary-sides";
import { labelLevel } from "../text";
import { tableOf } from "../tables";

const FUNDS = [
  { role: "general", pattern: /一般公共预算/ },
  { role: "gov-fund", pattern: /政府性基金/ },
  { role: "state-capital", pattern: /国有资本经营/ },
] as const;

export const crossFundSource: RuleOf<"cross.fund-source"> = {
  id: "cross.fund-source",
  check(ctx) {
    const findings: FindingOf<"cross.fund-source">[] = [];
    const table = tableOf(ctx.workbook, "fiscal-summary");
    if (!table) return findings;
    const sides = summarySides(table);
    const income = sides.find((s) => s.side === "income");
    const spent = sides.find((s) => s.side === "expense")?.grand?.total;
    if (!income || !spent) return findings;
    for (const fund of FUNDS) {
      const out = spent.amounts.get(fund.role);
      if (!out) continue;
      const sources: Amount[] = [];
      for (const heading of income.headings) {
        const child = heading.children.find((c) => labelLevel(c.label) === "level2" && fund.pattern.test(c.label));
        const amount = child?.amounts.get("amount");
        if (amount) sources.push(amount);
      }
      // Shanghai prints the funds as the income side's own lines (一、一般公共预算资金), with no 本年收入 heading.
      if (sources.length === 0 && income.headings.length === 0)
        for (const row of income.rows) {
          const amount = row.amounts.get("amount");
          if (row.kind !== "total" && labelLevel(row.label) === "level1" && fund.pattern.test(row.label) && amount)
            sources.push(amount);
        }
      if (sources.length === 0) continue;
      const value = sources.reduce((s, a) => s.plus(a.value), out.value.minus(out.value));
      const f = compareSame(
        ctx,
        {
          value: out.value,
          decimals: table.decimals,
          unit: table.unit,
          sheet: table.sheet,
          cell: out.cell,
          table: table.kind,
        },
        {
          value,
          decimals: table.decimals,
          unit: table.unit,
          sheet: table.sheet,
          cell: sources[0]!.cell,
          table: table.kind,
        },
      );
      if (f)
        findings.push({
          rule: "cross.fund-source",
          ...f,
          refs: sources.map((s) => ({ sheet: table.sheet, cell: s.cell })),
          params: { fundRole: fund.role },
        });
    }
    return findings;
  },
};
