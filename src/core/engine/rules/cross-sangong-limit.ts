/**
 * Check 9: 基本支出表 30231 公务用车运行维护费 / 30217 公务接待费 / 30212 因公出国（境）费用 / 31013 公务用车购置
 * ≤ the matching 三公 item. 三公 includes project money, so only "greater" is wrong.
 */
import type { FindingOf } from "../../findings/finding";
import { fmt } from "../judge";
import type { RuleOf } from "../rule";
import type { RuleParams } from "../../findings/rule-params";
import { tableOf } from "../tables";
import { convert } from "../judge";

const LIMITS: readonly { code: string; role: RuleParams["cross.sangong-limit"]["sangongRole"] }[] = [
  { code: "30231", role: "car-running" },
  { code: "30217", role: "reception" },
  { code: "30212", role: "abroad" },
  { code: "31013", role: "car-purchase" },
];

export const crossSangongLimit: RuleOf<"cross.sangong-limit"> = {
  id: "cross.sangong-limit",
  check(ctx) {
    const findings: FindingOf<"cross.sangong-limit">[] = [];
    const basic = tableOf(ctx.workbook, "basic-expense");
    const sangong = tableOf(ctx.workbook, "sangong");
    const row = sangong?.rows[0];
    if (!basic || !sangong || !row) return findings;
    for (const limit of LIMITS) {
      const cap = row.amounts.get(limit.role);
      const rows = basic.rows.filter((r) => r.kind === "code" && r.code?.code === limit.code);
      const amounts = rows.map((r) => r.amounts.get("total")).filter((a) => a !== undefined);
      if (!cap || amounts.length === 0) continue;
      const used = amounts.reduce((s, a) => s.plus(a.value), cap.value.minus(cap.value));
      const capIn = convert(cap.value, sangong.unit, basic.unit);
      if (used.lessThanOrEqualTo(capIn)) continue;
      findings.push({
        rule: "cross.sangong-limit",
        severity: "error",
        sheet: basic.sheet,
        cell: amounts[0]!.cell,
        expected: fmt(capIn, basic.decimals),
        actual: fmt(used, basic.decimals),
        difference: fmt(used.minus(capIn), basic.decimals),
        table: basic.kind,
        refs: [
          { sheet: sangong.sheet, cell: cap.cell },
          ...amounts.slice(1).map((a) => ({ sheet: basic.sheet, cell: a.cell })),
        ],
        params: { label: `${limit.code} ${rows[0]!.label}`, sangongRole: limit.role },
      });
    }
    return findings;
  },
};
