/** Cell access on a sheet snapshot with merged areas filled from their top-left cell (headers are read that way). */
import type { CellValue, SheetSnapshot } from "../../grid/snapshot";
import { normaliseText } from "../text";

export interface SheetGrid {
  readonly sheet: SheetSnapshot;
  readonly rowCount: number;
  value(row: number, col: number): CellValue;
  /** Normalised text, merged areas filled. */
  text(row: number, col: number): string;
  format(row: number, col: number): string | null;
  rowLength(row: number): number;
}

export function sheetGrid(sheet: SheetSnapshot): SheetGrid {
  const mergedOrigin = new Map<string, readonly [number, number]>();
  for (const m of sheet.merges ?? []) {
    // Large merges (a whole note row) are cheap enough: only headers and labels are read through them.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) mergedOrigin.set(`${r},${c}`, [m.top, m.left]);
  }
  const value = (row: number, col: number): CellValue => sheet.values[row]?.[col] ?? null;
  return {
    sheet,
    rowCount: sheet.values.length,
    value,
    text(row, col) {
      let v = value(row, col);
      if (v === null || v === "") {
        const origin = mergedOrigin.get(`${row},${col}`);
        if (origin) v = value(origin[0], origin[1]);
      }
      return normaliseText(v);
    },
    format: (row, col) => sheet.numberFormats?.[row]?.[col] ?? null,
    rowLength: (row) => sheet.values[row]?.length ?? 0,
  };
}
