/** Sheet-qualified A1 addresses as Office.js writes them ("'My ''x'' Sheet'!B2:D5", "Sheet1!A1"). */
import type { CellRange } from "../../core";
import { parseAddress } from "../../core";

export interface SheetRange {
  readonly sheet: string | undefined;
  readonly range: CellRange;
}

/** One reference: optional sheet (quoted with '' for ', or bare), then a cell or a cell range. */
const REFERENCE = /(?:('(?:[^']|'')*'|[^',!]+)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?/g;

function unquoteSheet(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed.startsWith("'") ? trimmed.slice(1, -1).replace(/''/g, "'") : trimmed;
}

/** Every reference in an address list ("Sheet1!A1:B2, Sheet1!D4"); unreadable parts are skipped. */
export function parseSheetRanges(address: string): SheetRange[] {
  const result: SheetRange[] = [];
  for (const match of address.matchAll(REFERENCE)) {
    const start = parseAddress(match[2]!);
    const end = match[3] === undefined ? start : parseAddress(match[3]);
    if (!start || !end) continue;
    result.push({
      sheet: unquoteSheet(match[1]),
      range: {
        top: Math.min(start.row, end.row),
        left: Math.min(start.col, end.col),
        bottom: Math.max(start.row, end.row),
        right: Math.max(start.col, end.col),
      },
    });
  }
  return result;
}

/** The first reference of an address, or undefined. */
export function parseSheetRange(address: string): SheetRange | undefined {
  return parseSheetRanges(address)[0];
}

/** A sheet name as a formula reference needs it: always quoted, ' doubled ("'部门收支总表'", "'O''Neil'"). */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Sheet'!F6" — what a hyperlink's documentReference wants. */
export function sheetCellReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}
