import type { Worksheet } from "exceljs";
import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/grid/snapshot";
import { parseAddress } from "../../../src/core/grid/address";
import { readCell } from "./cell-value";

/** ExcelJS's enum value for the non-top-left cells of a merged area (ValueType.Merge). */
const MERGE_TYPE = 1;
const GENERAL = "General";

/** "B3:D4" → a 0-based range; undefined for anything else. */
export function parseRange(range: string): CellRange | undefined {
  const [from, to = from] = range.split(":");
  const a = from === undefined ? undefined : parseAddress(from);
  const b = to === undefined ? undefined : parseAddress(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * A worksheet as the engine sees it. The non-top-left cells of a merged area are blank, as Excel stores them;
 * every cell that exists gets a number format ("General" where none is set); the formula layer is present only
 * when the sheet has a formula.
 */
export function sheetSnapshot(worksheet: Worksheet, date1904: boolean): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let hasFormula = false as boolean;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      while (rowValues.length < c) {
        rowValues.push(null);
        rowFormats.push(null);
        rowFormulas.push(null);
      }
      const isMergedTail = (cell.type as number) === MERGE_TYPE && cell.master !== cell;
      const read = isMergedTail
        ? { value: null, formula: null }
        : readCell(cell.value, cell.formula || undefined, date1904);
      rowValues.push(read.value);
      rowFormats.push(cell.numFmt || GENERAL);
      rowFormulas.push(read.formula);
      if (read.formula) hasFormula = true;
    });
    values[r] = rowValues;
    numberFormats[r] = rowFormats;
    formulas[r] = rowFormulas;
  });

  // Rows that have no cells are holes in the arrays: make them empty rows.
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
  }

  const merges = (worksheet.model.merges ?? [])
    .map(parseRange)
    .filter((range): range is CellRange => range !== undefined);

  return {
    name: worksheet.name,
    values,
    numberFormats,
    ...(hasFormula ? { formulas } : {}),
    ...(merges.length > 0 && { merges }),
    ...(worksheet.state !== "visible" ? { hidden: true } : {}),
  };
}
