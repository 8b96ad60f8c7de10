/**
 * The structure of a two-sided summary table (收支总表, 财政拨款收支总表), per side: heading rows ("一、本年收入") with
 * their sub-items ("（一）…"), "本年…合计" rows with the lines they add up, and the grand total (收入总计 / 收入合计).
 */
import { sumOf } from "../money";
import type { Amount, AmountRole, RecognisedTable, Row, Side } from "./recognise/types";
import { labelLevel } from "./text";

export interface Heading {
  readonly heading: Row;
  readonly children: readonly Row[];
}

export interface SummarySide {
  readonly side: Side;
  readonly rows: readonly Row[];
  readonly headings: readonly Heading[];
  /** "本年收入合计" rows and the top-level lines above them. */
  readonly currentTotals: readonly { readonly total: Row; readonly items: readonly Row[] }[];
  /** 收入总计 / 支出总计 (or 收入合计 where it is the last total) and what it adds up. */
  readonly grand?: { readonly total: Row; readonly parts: readonly Row[] };
}

const SUMMARY_KINDS = new Set(["income-expense-summary", "fiscal-summary"]);

/**
 * Whether a line belongs under the open "一、" heading: "（一）" lines do; so do unnumbered lines ("一、本年支出" over
 * 一般公共服务支出, 社会保障和就业支出 …) when the heading's first line is unnumbered too. A carry-over line is never a
 * sub-item (年终结转结余 under the class lines of 本年支出).
 */
function isChild(row: Row, level: string, childLevel: "level2" | "plain" | undefined): boolean {
  if (level === "level2") return childLevel !== "plain";
  if (level !== "plain" || childLevel === "level2" || row.label === "") return false;
  return !/结转|结余/.test(row.label);
}

export function summarySides(table: RecognisedTable): SummarySide[] {
  if (!SUMMARY_KINDS.has(table.kind)) return [];
  const sides: SummarySide[] = [];
  for (const side of ["income", "expense"] as const) {
    const rows = table.rows.filter((r) => r.side === side);
    if (rows.length === 0) continue;
    const headings: Heading[] = [];
    const topLevel = new Set<Row>();
    let open: { heading: Row; children: Row[]; childLevel?: "level2" | "plain" } | undefined;
    for (const row of rows) {
      const level = labelLevel(row.label);
      if (row.kind === "total") {
        open = undefined;
        continue;
      }
      if (level === "of-which") continue;
      if (open && isChild(row, level, open.childLevel)) {
        open.childLevel ??= level as "level2" | "plain";
        open.children.push(row);
        continue;
      }
      topLevel.add(row);
      open = level === "level1" ? { heading: row, children: [] } : undefined;
      if (open) headings.push(open);
    }
    const withChildren = headings.filter((h) => h.children.length > 0);
    const currentTotals: { total: Row; items: Row[] }[] = [];
    let segment: Row[] = [];
    let grand: { total: Row; parts: Row[] } | undefined;
    for (const row of rows) {
      if (row.kind !== "total") {
        if (topLevel.has(row)) segment.push(row);
        continue;
      }
      if (/本年/.test(row.label)) {
        currentTotals.push({ total: row, items: segment });
        segment = [row];
      } else {
        grand = { total: row, parts: segment };
        segment = [row];
      }
    }
    sides.push({ side, rows, headings: withChildren, currentTotals, ...(grand && { grand }) });
  }
  return sides;
}

/** A line's amount in a column; a blank heading counts as the sum of its sub-items (the heading is reported once). */
export function effectiveAmount(row: Row, role: AmountRole, headings: readonly Heading[]): Amount | undefined {
  const amount = row.amounts.get(role);
  if (!amount || !amount.blank) return amount;
  const heading = headings.find((h) => h.heading === row);
  if (!heading) return amount;
  const parts = heading.children.map((c) => c.amounts.get(role)?.value).filter((v) => v !== undefined);
  return { value: sumOf(parts), cell: amount.cell, row: amount.row, col: amount.col, blank: false };
}

/** Rows as they are (kept for symmetry with effectiveAmount callers). */
export function hierarchyFree(rows: readonly Row[]): readonly Row[] {
  return rows;
}
