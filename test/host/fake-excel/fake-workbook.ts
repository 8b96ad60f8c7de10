/**
 * The persisted side of the fake Excel: what a saved .xlsx would hold (cells, fills, notes, custom XML parts).
 * A test "reopens" a workbook by making a new context over the same FakeWorkbook.
 */
import { cellAddress, parseAddress } from "../../../src/core/grid/address";

export interface FakeFill {
  readonly pattern: string;
  readonly color?: string;
  readonly patternColor?: string;
  readonly tintAndShade?: number;
  readonly patternTintAndShade?: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
  hyperlink?: Excel.RangeHyperlink;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly cells: Map<string, FakeCell>;
  readonly merges: string[];
  readonly notes: Map<string, string>;
  /** Cells with a threaded comment (content not modelled). */
  readonly comments: Set<string>;
  /** A protected sheet refuses format and note changes, as Excel does. */
  protected: boolean;
}

export interface FakePart {
  readonly id: string;
  readonly namespace: string;
  readonly xml: string;
}

export interface FakeWorkbook {
  name: string;
  sheets: FakeSheet[];
  active: string;
  parts: FakePart[];
  nextPartId: number;
  /** Workbook structure protection: sheets can be neither added nor deleted. */
  structureProtected?: boolean;
  selection?: { sheet: string; address: string };
}

export type CellInput = string | number | boolean | Partial<FakeCell>;

export interface SheetInput {
  readonly name: string;
  readonly cells?: Readonly<Record<string, CellInput>>;
  readonly merges?: readonly string[];
  readonly notes?: Readonly<Record<string, string>>;
  readonly comments?: readonly string[];
  readonly protected?: boolean;
  readonly visibility?: FakeSheet["visibility"];
}

function toCell(input: CellInput): FakeCell {
  return typeof input === "object" ? { value: "", ...input } : { value: input };
}

export function fakeSheet(input: SheetInput): FakeSheet {
  return {
    name: input.name,
    visibility: input.visibility ?? "Visible",
    cells: new Map(Object.entries(input.cells ?? {}).map(([address, cell]) => [address, toCell(cell)])),
    merges: [...(input.merges ?? [])],
    notes: new Map(Object.entries(input.notes ?? {})),
    comments: new Set(input.comments ?? []),
    protected: input.protected ?? false,
  };
}

export function fakeWorkbook(name: string, sheets: readonly SheetInput[]): FakeWorkbook {
  return { name, sheets: sheets.map(fakeSheet), active: sheets[0]?.name ?? "", parts: [], nextPartId: 1 };
}

export function sheetOf(book: FakeWorkbook, name: string): FakeSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`fake workbook has no sheet ${name}`);
  return sheet;
}

/** A cell for writing: created blank when absent. */
export function cellFor(sheet: FakeSheet, address: string): FakeCell {
  const existing = sheet.cells.get(address);
  if (existing) return existing;
  const cell: FakeCell = { value: "" };
  sheet.cells.set(address, cell);
  return cell;
}

function hasContent(cell: FakeCell, valuesOnly: boolean): boolean {
  if (cell.value !== "" || cell.formula) return true;
  if (valuesOnly) return false;
  const formatted = (cell.numberFormat ?? "General") !== "General" || (cell.fill && cell.fill.pattern !== "None");
  return Boolean(formatted || cell.hyperlink || cell.bold);
}

/** Excel's used range: the bounding box of cells with a value (and, unless valuesOnly, a format); A1 when blank. */
export function usedRangeOf(
  sheet: FakeSheet,
  valuesOnly: boolean,
): { top: number; left: number; bottom: number; right: number } {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const [address, cell] of sheet.cells) {
    if (!hasContent(cell, valuesOnly)) continue;
    const at = parseAddress(address)!;
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

/** Every cell address of a rectangle, row by row. */
export function addressesOf(range: { top: number; left: number; bottom: number; right: number }): string[][] {
  const rows: string[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row: string[] = [];
    for (let c = range.left; c <= range.right; c += 1) row.push(cellAddress(r, c));
    rows.push(row);
  }
  return rows;
}

/** Every cell's value and formula, for "nothing changed" comparisons. */
export function contentsOf(
  book: FakeWorkbook,
): Record<string, { value: FakeCell["value"]; formula: string | undefined }> {
  const result: Record<string, { value: FakeCell["value"]; formula: string | undefined }> = {};
  for (const sheet of book.sheets) {
    for (const [address, cell] of sheet.cells)
      result[`${sheet.name}!${address}`] = { value: cell.value, formula: cell.formula };
  }
  return result;
}

/** A fill as Excel shows it: an unset tint is 0, an unset pattern colour is automatic (null). */
export function shownFill(fill: FakeFill): Required<Omit<FakeFill, "patternColor">> & { patternColor: string | null } {
  return {
    pattern: fill.pattern,
    color: fill.color ?? "#FFFFFF",
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? 0,
    patternTintAndShade: fill.patternTintAndShade ?? 0,
  };
}

/** Every cell's fill as shown and every note, for "restored exactly" comparisons (cells without fill left out). */
export function appearanceOf(book: FakeWorkbook): {
  fills: Record<string, ReturnType<typeof shownFill>>;
  notes: Record<string, string>;
} {
  const fills: Record<string, ReturnType<typeof shownFill>> = {};
  const notes: Record<string, string> = {};
  for (const sheet of book.sheets) {
    for (const [address, cell] of sheet.cells)
      if (cell.fill && cell.fill.pattern !== "None") fills[`${sheet.name}!${address}`] = shownFill(cell.fill);
    for (const [address, note] of sheet.notes) notes[`${sheet.name}!${address}`] = note;
  }
  return { fills, notes };
}
