/** What the read round trips learn about marks: the stored record and the cells' current fills and notes. */
import { cellAddress, parseAddress } from "../../core";
import type { FillState } from "./fill";
import { NO_FILL } from "./fill";
import type { MarkRecord } from "./mark-record";

/** Current fills of one sheet's used range (formats included), placed by its top-left corner. */
export interface SheetFills {
  readonly top: number;
  readonly left: number;
  readonly fills: readonly (readonly FillState[])[];
}

export interface MarkState {
  readonly record: MarkRecord;
  /** Ids of the custom XML parts holding the record; the next write replaces them. */
  readonly partIds: readonly string[];
  /** Every sheet in the workbook, the report sheet included. */
  readonly sheets: readonly string[];
  readonly fills: ReadonlyMap<string, SheetFills>;
  /** Note text per sheet and cell; undefined when the host has no notes API (ExcelApi 1.18). */
  readonly notes: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;
  /** Protected sheets: Excel refuses format changes there, so their cells are neither marked nor restored. */
  readonly protectedSheets?: ReadonlySet<string>;
  /** Cells holding a threaded comment, per sheet: Excel allows no note there. */
  readonly commentCells?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** "$f$6" → "F6"; undefined for anything that is not one cell. */
export function canonicalCell(cell: string): string | undefined {
  const at = parseAddress(cell);
  return at && cellAddress(at.row, at.col);
}

/** A cell's fill now; a cell outside the formatted area has no fill of its own. */
export function currentFill(state: MarkState, sheet: string, cell: string): FillState {
  const at = parseAddress(cell);
  const sheetFills = state.fills.get(sheet);
  if (!at || !sheetFills) return NO_FILL;
  return sheetFills.fills[at.row - sheetFills.top]?.[at.col - sheetFills.left] ?? NO_FILL;
}

export function currentNote(state: MarkState, sheet: string, cell: string): string | undefined {
  return state.notes?.get(sheet)?.get(cell);
}

export function hasComment(state: MarkState, sheet: string, cell: string): boolean {
  return state.commentCells?.get(sheet)?.has(cell) === true;
}
