import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid/snapshot";
import { cellAddress, parseAddress } from "../../src/core/grid/address";

/** A sheet as the generator lays it out: rows from A1, merged areas, and the format for every number. */
export interface SheetSpec {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly merges: readonly string[];
  readonly amountFormat: string;
}

/** A workbook's sheets, by name. */
export type WorkbookSpec = readonly SheetSpec[];

/** One cell changed to inject an error. */
export interface Patch {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
}

/**
 * The A1 address of the cell in `column` on the row that has a cell equal to `rowKey` (the `occurrence`-th such
 * row, counting from 0) — so injected errors and their expected cells are named by what the row says.
 */
export function cellAt(spec: WorkbookSpec, sheet: string, rowKey: string, column: string, occurrence = 0): string {
  const found = spec.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  const rows = found.rows.flatMap((r, i) => (r.some((v) => v === rowKey) ? [i] : []));
  const row = rows[occurrence];
  if (row === undefined) throw new Error(`no row "${rowKey}" (#${occurrence}) on ${sheet}`);
  return `${column}${row + 1}`;
}

/** The value at an address of a spec. */
export function valueAt(spec: WorkbookSpec, sheet: string, cell: string): CellValue {
  const at = parseAddress(cell)!;
  return spec.find((s) => s.name === sheet)?.rows[at.row]?.[at.col] ?? null;
}

/** A copy of the spec with the patches applied. */
export function patched(spec: WorkbookSpec, patches: readonly Patch[]): WorkbookSpec {
  return spec.map((sheet) => {
    const rows = sheet.rows.map((r) => [...r]);
    for (const patch of patches.filter((p) => p.sheet === sheet.name)) {
      const at = parseAddress(patch.cell);
      if (!at) throw new Error(`bad address ${patch.cell}`);
      while (rows.length <= at.row) rows.push([]);
      const row = rows[at.row]!;
      while (row.length <= at.col) row.push(null);
      row[at.col] = patch.value;
    }
    return { ...sheet, rows };
  });
}

/** Writes the spec as an .xlsx: numbers with the sheet's amount format, merged areas merged. */
export function toWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(cellAddress(r, c));
        cell.value = value;
        if (typeof value === "number") cell.numFmt = sheet.amountFormat;
      }),
    );
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  return wb;
}

export async function writeWorkbook(spec: WorkbookSpec, file: string): Promise<void> {
  await toWorkbook(spec).xlsx.writeFile(file);
}
