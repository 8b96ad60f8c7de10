/**
 * The figures of one checked workbook that the 部门 + 单位 consolidation compares (types.ts): every line of the line
 * tables by code and column, the 合计 rows, the totals and fund figures of the quantity map, 三公 and 机关运行经费,
 * the unit rows a 部门 table lists, and what its 机构设置 text says it covers.
 */
import { parseAddress } from "../grid/address";
import { formatFixed } from "../money";
import { documentLevel } from "../engine/narrative/document";
import type { Quantity, QuantityMap } from "../engine/quantities";
import {
  isAmountRole,
  type Amount,
  type ColumnRole,
  type RecognisedTable,
  type RecognisedWorkbook,
  type Row,
} from "../engine/recognise/types";
import { isHierarchical } from "../engine/hierarchy";
import { tableOf, totalRow } from "../engine/tables";
import { coverageOf, overviewText } from "./coverage";
import type { ConsolidationFacts, Figure, UnitRowFigures } from "./types";

/** Tables whose lines are keyed by classification code: each 部门 line is the sum of the units' same line. */
const LINE_TABLES = ["income", "expense", "general-expense", "gov-fund", "state-capital", "basic-expense"] as const;
/** Tables compared by their 合计 row only (project lines are no classification). */
const TOTAL_ONLY_TABLES = ["project-expense"] as const;
/** Quantity keys that are no printed figure of their own, or that a 部门 does not sum from its units. */
const NOT_COMPARED = /^(performance\.|class\.|general\.class\.)|\.empty$|^fiscal-tables\./;

function columnNames(table: RecognisedTable): Map<string, string> {
  const names = new Map<string, string>();
  for (const column of table.columns)
    if (!names.has(column.role)) names.set(column.role, column.path[column.path.length - 1] ?? column.role);
  return names;
}

function figureOf(table: RecognisedTable, amount: Amount, label: string): Figure {
  return {
    value: formatFixed(amount.value, table.decimals),
    decimals: table.decimals,
    unit: table.unit,
    sheet: amount.sheet ?? table.sheet,
    cell: amount.cell,
    table: table.kind,
    label,
  };
}

/** A row's amounts by column role; `printedOnly` leaves out blank cells (a unit row used as a section heading). */
function rowFigures(
  table: RecognisedTable,
  row: Row,
  name: string,
  columns: Map<string, string>,
  printedOnly = false,
): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const [role, amount] of row.amounts)
    if (!printedOnly || !amount.blank)
      figures[role] = figureOf(table, amount, `${name} · ${columns.get(role) ?? role}`);
  return figures;
}

/** Unit rows with no unit row under them (101001, not the 101 that sums them). */
function leafUnitRows(table: RecognisedTable): Row[] {
  const units = table.rows.filter((r) => r.kind === "unit" && r.unitCode !== undefined);
  return units.filter(
    (u) =>
      !units.some((o) => o !== u && o.unitCode!.startsWith(u.unitCode!) && o.unitCode!.length > u.unitCode!.length),
  );
}

/**
 * The code lengths at which a code the table does not list is a 0 of this body: every length it lists when each
 * 款 and 项 sits under its listed parent (a 类 not listed then has no line under it either); in a table of leaf
 * lines only, just the one length it lists (its 类 and 款 are sums nobody printed).
 */
function codeLevelsListedInFull(table: RecognisedTable, codes: readonly string[]): number[] {
  const lengths = [...new Set(codes.map((c) => c.length))].sort((a, b) => a - b);
  if (isHierarchical(table)) return lengths;
  return lengths.length === 1 ? lengths : [];
}

/** What a quantity's cell shows: the nearest text left of it on its row, and its column's header. */
function labelAt(workbook: RecognisedWorkbook, quantity: Quantity): string {
  const at = parseAddress(quantity.cell);
  const row = at && workbook.sheets.get(quantity.sheet)?.values[at.row];
  if (!at || !row) return "";
  let label = "";
  for (let c = at.col - 1; c >= 0 && label === ""; c--) {
    const value = row[c];
    if (typeof value === "string" && value.trim() !== "" && !/^[\d,.\s-]+$/.test(value))
      label = value.replace(/\s+/g, "");
  }
  const table = workbook.tables.find((t) => t.sheet === quantity.sheet);
  const path = table?.columns.find((c) => c.col === at.col)?.path;
  const column = path?.[path.length - 1] ?? "";
  return [label, column].filter((part) => part !== "").join(" · ");
}

/** 部门 or 单位 from the 编制部门 / 编制单位 lines when the titles do not say it. */
function levelFromLines(workbook: RecognisedWorkbook): "department" | "unit" | undefined {
  let department = false;
  let unit = false;
  for (const sheet of workbook.sheets.values())
    for (const row of sheet.values.slice(0, 8))
      for (const value of row) {
        if (typeof value !== "string") continue;
        if (/^\s*编制部门\s*[:：]/.test(value)) department = true;
        if (/^\s*编制单位\s*[:：]/.test(value)) unit = true;
      }
  return department === unit ? undefined : department ? "department" : "unit";
}

export function consolidationFacts(
  workbook: RecognisedWorkbook,
  quantities: QuantityMap,
  year: number | null,
): ConsolidationFacts {
  const figures: Record<string, Figure> = {};
  const columns: Record<string, string[]> = {};
  const zeroLengths: Record<string, number[]> = {};
  const totals: Record<string, Record<string, Figure>> = {};
  const unitRows: UnitRowFigures[] = [];
  for (const kind of [...LINE_TABLES, ...TOTAL_ONLY_TABLES]) {
    const table = tableOf(workbook, kind);
    if (!table) continue;
    const names = columnNames(table);
    const total = totalRow(table);
    if (total) totals[kind] = rowFigures(table, total, total.label, names);
    const leaves = leafUnitRows(table);
    for (const row of leaves)
      unitRows.push({
        code: row.unitCode!,
        name: row.label,
        table: kind,
        amounts: rowFigures(table, row, row.label, names, true),
      });
    // Under unit rows the same code repeats once per unit: the table gives no single line per code.
    if (leaves.length > 0 || (TOTAL_ONLY_TABLES as readonly string[]).includes(kind)) continue;
    const lines = new Map<string, Row>();
    let repeated = false;
    let unclear = table.unreadable.length > 0;
    for (const row of table.rows) {
      if (row.kind === "total" || row.side !== undefined) continue;
      if (row.kind !== "code" || !row.code || row.code.malformed) {
        unclear = true; // a line under no code: its amount is in no key, so a missing code is not known to be 0
        continue;
      }
      if (lines.has(row.code.code)) repeated = true;
      else lines.set(row.code.code, row);
    }
    // A code printed twice has no one figure: the table gives nothing by code.
    if (repeated) continue;
    for (const [code, row] of lines)
      for (const [role, amount] of row.amounts)
        figures[`${kind}|${code}|${role}`] = figureOf(
          table,
          amount,
          `${code} ${row.label} · ${names.get(role) ?? role}`,
        );
    if (unclear) continue;
    columns[kind] = [...names.keys()].filter((role) => isAmountRole(role as ColumnRole));
    zeroLengths[kind] = codeLevelsListedInFull(table, [...lines.keys()]);
  }
  // One cell is one figure: 收入总计 is both income.total and income.current where no carry-over is printed.
  const cells = new Set(Object.values(figures).map((f) => `${f.sheet}!${f.cell}`));
  for (const [key, quantity] of quantities) {
    const cell = `${quantity.sheet}!${quantity.cell}`;
    if (NOT_COMPARED.test(key) || quantity.computed || cells.has(cell)) continue;
    cells.add(cell);
    figures[`q:${key}`] = {
      value: formatFixed(quantity.value, quantity.decimals),
      decimals: quantity.decimals,
      unit: quantity.unit,
      sheet: quantity.sheet,
      cell: quantity.cell,
      table: quantity.table,
      label: labelAt(workbook, quantity),
    };
  }
  const level = documentLevel(workbook) ?? levelFromLines(workbook);
  return {
    ...(level !== undefined && { level }),
    year,
    figures,
    columns,
    zeroLengths,
    totals,
    unitRows,
    coverage: level === "department" ? coverageOf(overviewText(workbook)) : {},
  };
}
