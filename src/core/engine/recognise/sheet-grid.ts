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

/**
 * A class, not an object of closures: a closure made per sheet is a new call target on every check, and code
 * optimised for the last check's closures is thrown away on the next (called once per row by the recogniser).
 */
class MergedGrid implements SheetGrid {
  readonly rowCount: number;
  private readonly mergedOrigin = new Map<string, readonly [number, number]>();

  constructor(readonly sheet: SheetSnapshot) {
    this.rowCount = sheet.values.length;
    for (const m of sheet.merges ?? []) {
      // Large merges (a whole note row) are cheap enough: only headers and labels are read through them.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.mergedOrigin.set(`${r},${c}`, [m.top, m.left]);
    }
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row]?.[col] ?? null;
  }

  text(row: number, col: number): string {
    let v = this.value(row, col);
    if (v === null || v === "") {
      const origin = this.mergedOrigin.get(`${row},${col}`);
      if (origin) v = this.value(origin[0], origin[1]);
    }
    return normaliseText(v);
  }

  format(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row]?.[col] ?? null;
  }

  rowLength(row: number): number {
    return this.sheet.values[row]?.length ?? 0;
  }
}

export function sheetGrid(sheet: SheetSnapshot): SheetGrid {
  return new MergedGrid(sheet);
}
