/**
 * The disclosure tables the engine knows, in the order reports list them. Titles of the three profiles
 * (domain.md "The tables") are matched after normalisation (no spaces, half-width brackets, no quotes).
 */
export const TABLE_KINDS = [
  "income-expense-summary", // 收支总表 / 部门收支预算表 / 部门财务收支预算总表
  "income", // 收入总表 / 部门收入预算表
  "expense", // 支出总表 / 部门支出预算表
  "fiscal-summary", // 财政拨款收支总表 / 财政拨款收支总体情况表
  "general-expense", // 一般公共预算支出表
  "basic-expense", // 一般公共预算基本支出表
  "econ-summary", // 支出经济分类汇总表
  "sangong", // "三公"经费
  "gov-fund", // 政府性基金支出表
  "state-capital", // 国有资本经营预算支出表
  "project-expense", // 项目支出预算表
  "performance-overall", // 整体绩效目标表
  "performance-project", // 项目绩效目标表
  "narrative", // 情况说明
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

export function kindOrder(kind: TableKind): number {
  return TABLE_KINDS.indexOf(kind);
}

/** Most specific first: "一般公共预算基本支出表" must not be taken for the 一般公共预算支出表. */
const TITLE_PATTERNS: readonly (readonly [TableKind, RegExp])[] = [
  ["narrative", /情况说明|预算说明$|编制说明/],
  ["performance-project", /项目.*绩效目标|绩效目标.*项目/],
  ["performance-overall", /整体.*绩效目标|部门.*绩效目标/],
  ["sangong", /三公/],
  ["fiscal-summary", /财政拨款收支/],
  ["basic-expense", /基本支出/],
  ["econ-summary", /经济分类.*(汇总|预算表)|支出经济分类/],
  ["gov-fund", /政府性基金/],
  ["state-capital", /国有资本经营/],
  ["general-expense", /一般公共预算.*支出/],
  ["project-expense", /项目支出/],
  ["income-expense-summary", /收支(预算)?(总表|预算表|总体情况)|财务收支/],
  ["income", /收入(预算)?(总表|预算表)/],
  ["expense", /支出(预算)?(总表|预算表)/],
];

/** The kind a title names, or undefined. `normalisedTitle` comes from `normaliseText`. */
export function kindFromTitle(normalisedTitle: string): TableKind | undefined {
  if (normalisedTitle.length > 60) return undefined;
  for (const [kind, pattern] of TITLE_PATTERNS) if (pattern.test(normalisedTitle)) return kind;
  return undefined;
}
