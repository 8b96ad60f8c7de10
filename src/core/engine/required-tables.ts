/**
 * The tables a profile requires, only where the set is certain. Shanghai district and municipal budgets print nine
 * tables under fixed titles; a workbook is taken as that set when it is recognised as Shanghai and at least
 * three of its tables carry those titles (so a 元 workbook in another layout is never held to it). Henan and
 * national workbooks vary too much between places and years: nothing is required of them.
 */
import type { TableKind } from "./recognise/kinds";
import type { RecognisedWorkbook } from "./recognise/types";

export interface RequiredTable {
  readonly kind: TableKind;
  /** The printed title without the year and the 部门/单位 prefix. */
  readonly name: string;
  /** The title words that identify the Shanghai table. */
  readonly title: RegExp;
  /** First budget year the table is required (the 国有资本经营 table joined the set later). */
  readonly since?: number;
}

export const SHANGHAI_TABLES: readonly RequiredTable[] = [
  { kind: "income-expense-summary", name: "财务收支预算总表", title: /财务收支预算总表/ },
  { kind: "income", name: "收入预算总表", title: /收入预算总表/ },
  { kind: "expense", name: "支出预算总表", title: /支出预算总表/ },
  { kind: "fiscal-summary", name: "财政拨款收支预算总表", title: /财政拨款收支预算总表/ },
  { kind: "general-expense", name: "一般公共预算支出功能分类预算表", title: /一般公共预算支出功能分类预算表/ },
  { kind: "gov-fund", name: "政府性基金预算支出功能分类预算表", title: /政府性基金预算支出功能分类预算表/ },
  {
    kind: "state-capital",
    name: "国有资本经营预算支出功能分类预算表",
    title: /国有资本经营预算支出功能分类预算表/,
    since: 2023,
  },
  {
    kind: "basic-expense",
    name: "一般公共预算基本支出部门预算经济分类预算表",
    title: /基本支出部门预算经济分类预算表/,
  },
  { kind: "sangong", name: "“三公”经费和机关运行经费预算表", title: /三公经费和机关运行经费预算表/ },
];

/** How many Shanghai titles make the set certain. */
const CERTAIN = 3;

/** The required tables of this workbook's profile, or undefined where that set is not certain. */
export function requiredTables(workbook: RecognisedWorkbook): readonly RequiredTable[] | undefined {
  if (workbook.profile !== "shanghai") return undefined;
  const titled = SHANGHAI_TABLES.filter((r) =>
    workbook.tables.some((t) => t.kind === r.kind && r.title.test(t.title)),
  ).length;
  if (titled < CERTAIN) return undefined;
  const year = workbook.year;
  return SHANGHAI_TABLES.filter((r) => r.since === undefined || (year !== null && year >= r.since));
}
