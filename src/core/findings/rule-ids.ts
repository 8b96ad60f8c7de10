/**
 * Every rule id the product can report. Ids are a public contract (reports, README, templates):
 * add new ones, never rename or reuse one. The message files are typed against this list, so a rule
 * without a sentence in every language fails the compiler.
 */
export const RULE_IDS = [
  // Reading the workbook
  "table.unrecognised",
  "table.unit-assumed",
  "value.unreadable",
  // Within one table (domain.md checks 1–6)
  "sum.total",
  "sum.row",
  "summary.balance",
  "summary.heading",
  "sangong.sum",
  "code.malformed",
  "code.unknown",
  "code.unverifiable",
  "code.name-mismatch",
  "code.not-leaf",
  "code.obsolete-name",
  "table.empty-statement",
  "table.placeholder",
  // Reading real workbooks (issue #12): tables
  "table.incomplete-read",
  "table.empty-but-filled",
  "table.decimals",
  // Between tables (checks 7–10)
  "cross.same-quantity",
  "cross.fund-source",
  "cross.sangong-limit",
  "code.econ-mapping",
  // Between tables, on real workbooks (issue #12)
  "cross.code-missing",
  "performance.sum",
  "performance.exceeds-project",
  // Completeness (issue #12)
  "workbook.missing-table",
  "workbook.extra-sheet",
  // Narrative vs tables (checks 11–14)
  "narrative.amount",
  "narrative.share",
  "narrative.share-total",
  "narrative.yoy",
  "narrative.yoy-no-basis",
  "narrative.direction",
  "narrative.placeholder",
  "narrative.procurement-sum",
  "narrative.procurement-reserve",
  "narrative.item-sum",
  "narrative.untied",
  "narrative.scope",
  "narrative.item-repeat",
  "narrative.wrong-year",
  "narrative.cut-off",
  "narrative.punctuation",
  "narrative.unpaired",
  "narrative.level-wording",
  "narrative.obsolete-name",
  "narrative.unit-mix",
  "narrative.coverage",
  "body.name-mismatch",
  // A 部门 workbook against its 单位 workbooks in one run (issue 10)
  "consolidation.sum",
  "consolidation.unit-row",
  "consolidation.incomplete",
  // The engine itself (issue #9)
  "engine.rule-failed",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
