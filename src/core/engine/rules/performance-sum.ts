/** 项目绩效目标表: each project's 年度资金总额 = Σ its source columns as printed (财政拨款 + 其他资金, or the finer ones). */
import type { FindingOf } from "../../findings/finding";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { performanceRows } from "../performance-rows";
import type { Amount, AmountRole, RecognisedTable, Row } from "../recognise/types";
import type { RuleOf } from "../rule";

/** Source columns a project's money is split into. "general-fiscal" (其中：财政拨款) counts only without "general". */
const SOURCES: readonly AmountRole[] = [
  "general",
  "gov-fund",
  "state-capital",
  "special-account",
  "unit-funds",
  "other-funds",
  "business",
  "operating",
  "superior",
  "subsidiary",
  "other-income",
  "carryover",
];

/** Words for a source when the table has no header row (the one-block-per-project form). */
const WORDS: Partial<Record<AmountRole, string>> = {
  general: "财政拨款",
  "general-fiscal": "财政拨款",
  "other-funds": "其他资金",
};

function sourceRoles(row: Row): AmountRole[] {
  const roles = SOURCES.filter((role) => row.amounts.has(role));
  if (!row.amounts.has("general") && row.amounts.has("general-fiscal")) roles.unshift("general-fiscal");
  return roles;
}

function wordFor(table: RecognisedTable, role: AmountRole): string {
  return table.columns.some((c) => c.role === role) ? columnLabel(table, role) : (WORDS[role] ?? role);
}

export const performanceSum: RuleOf<"performance.sum"> = {
  id: "performance.sum",
  check(ctx) {
    const findings: FindingOf<"performance.sum">[] = [];
    for (const { table, row } of performanceRows(ctx.workbook)) {
      const roles = sourceRoles(row);
      // One printed source says nothing about a split (its other sources may simply not be printed).
      if (roles.length < 2) continue;
      const parts: Amount[] = roles.map((role) => row.amounts.get(role)!);
      const f = judgeSum(ctx, {
        rule: "performance.sum",
        table,
        total: row.amounts.get("total")!,
        parts,
        params: () => ({
          label: row.label,
          partsLabel: roles.map((role) => wordFor(table, role)).join(" + "),
          partRoles: roles.join(" + "),
        }),
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
