/**
 * Table builders shared by the two layouts: each returns rows (from A1) for a table of the department in
 * ./department.ts, with amounts converted by `money` (元 as they are, or 万元 to 0.01).
 */
import type { CellValue } from "../../src/core/grid/snapshot";
import {
  CLASS_NAMES,
  ECON_CLASS_NAMES,
  ECON_LINES,
  type Fund,
  type FunctionLine,
  LINES,
  SANGONG,
  basicOf,
  classes,
  kuanOf,
  linesUnder,
  projectOf,
  sum,
  totalOf,
} from "./department";

export type Money = (yuan: number) => number;
/** How codes are printed: one column with every level ("201", "20106", "2010601") or 类/款/项 columns with 项 rows only. */
export type CodeStyle = "joined-all-levels" | "split-leaves";

export const YEAR = 2024;

/** Rows of a functional-classification table: a 合计 row and the code rows, with the given amount columns. */
export function functionRows(
  style: CodeStyle,
  fund: Fund | undefined,
  columns: readonly ((lines: readonly FunctionLine[]) => number)[],
  money: Money,
  totalFirst: boolean,
): CellValue[][] {
  const amounts = (lines: readonly FunctionLine[]) => columns.map((col) => money(col(lines)));
  const all = LINES.filter((l) => fund === undefined || l.fund === fund);
  const body: CellValue[][] = [];
  for (const classCode of classes(fund)) {
    if (style === "joined-all-levels")
      body.push([classCode, CLASS_NAMES[classCode]!, ...amounts(linesUnder(classCode, fund))]);
    for (const kuan of kuanOf(classCode, fund)) {
      if (style === "joined-all-levels") body.push([kuan, CLASS_NAMES[kuan]!, ...amounts(linesUnder(kuan, fund))]);
      for (const l of linesUnder(kuan, fund)) {
        body.push(
          style === "joined-all-levels"
            ? [l.code, l.name, ...amounts([l])]
            : [l.code.slice(0, 3), l.code.slice(3, 5), l.code.slice(5, 7), l.name, ...amounts([l])],
        );
      }
    }
  }
  const total: CellValue[] =
    style === "joined-all-levels" ? [null, "合计", ...amounts(all)] : [null, null, null, "合计", ...amounts(all)];
  return totalFirst ? [total, ...body] : [...body, total];
}

export const TOTAL = (ls: readonly FunctionLine[]) => sum(ls.map(totalOf));
export const BASIC = (ls: readonly FunctionLine[]) => sum(ls.map(basicOf));
export const PROJECT = (ls: readonly FunctionLine[]) => sum(ls.map(projectOf));
export const OF_FUND = (fund: Fund) => (ls: readonly FunctionLine[]) =>
  sum(ls.filter((l) => l.fund === fund).map(totalOf));
export const ZERO = () => 0;

/** Economic classification rows of the basic spending: 合计, then each 类 and its 款, as [code, name, 合计, 人员, 公用]. */
export function econRows(money: Money): CellValue[][] {
  const row = (code: string, name: string, lines: typeof ECON_LINES): CellValue[] => {
    const personnel = sum(lines.map((l) => l[2]));
    const pub = sum(lines.map((l) => l[3]));
    return [code, name, money(personnel + pub), money(personnel), money(pub)];
  };
  const rows: CellValue[][] = [row("", "合计", ECON_LINES)];
  rows[0]![0] = null;
  for (const classCode of Object.keys(ECON_CLASS_NAMES)) {
    const lines = ECON_LINES.filter((l) => l[0].startsWith(classCode));
    rows.push(row(classCode, ECON_CLASS_NAMES[classCode]!, lines));
    for (const l of lines) rows.push(row(l[0], l[1], [l]));
  }
  return rows;
}

/** Totals the summary tables need, in 元. */
export function totals() {
  const general = sum(LINES.filter((l) => l.fund === "general").map(totalOf));
  const govFund = sum(LINES.filter((l) => l.fund === "gov-fund").map(totalOf));
  return { general, govFund, all: general + govFund };
}

/** Expense class lines of a summary table: [label, amount] for every 类 with spending. */
export function classLines(money: Money, numbering: ClassNumbering = "plain"): [string, number][] {
  return classes().map((c, i) => [classLabel(c, i, numbering, "、"), money(TOTAL(linesUnder(c)))]);
}

/** 1 → 一, 10 → 十, 21 → 二十一: the ordinal disclosures print before a class (一 = 201 … 三十四 = 234). */
export function chineseOrdinal(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

/**
 * How class lines are printed in the summary tables: "positional" numbers each class by its code as the national
 * template does (一、一般公共服务支出, 八、社会保障和就业支出), "sequential" numbers the listed classes 一, 二, 三…,
 * "plain" prints the names alone.
 */
export type ClassNumbering = "positional" | "sequential" | "plain";

/** A class line's label: `style` "、" gives 八、…, "（）" gives （八）…. */
export function classLabel(code: string, index: number, numbering: ClassNumbering, style: "、" | "（）"): string {
  const name = CLASS_NAMES[code]!;
  if (numbering === "plain") return name;
  const ordinal = chineseOrdinal(numbering === "positional" ? Number(code) - 200 : index + 1);
  return style === "、" ? `${ordinal}、${name}` : `（${ordinal}）${name}`;
}

export const SANGONG_TOTAL = SANGONG.abroad + SANGONG.carPurchase + SANGONG.carRunning + SANGONG.reception;
