import type { CellValue } from "../grid/snapshot";
import { toHalfWidth } from "./text";
import { EXPORT_HEADERS, EXTRA_COLUMNS, type ExtraColumn } from "./export-columns";

/** Where the columns of a catalog sheet are: one code column, or 类/款/项 columns; and the name column. */
export interface Layout {
  readonly headerRow: number;
  readonly codeColumns: readonly number[];
  readonly nameColumn: number | undefined;
  /** Columns an exported catalog carries (grade, evidence, completeness marks), where the header row has them. */
  readonly extras: Readonly<Partial<Record<ExtraColumn, number>>>;
}

const HEADER_SCAN_ROWS = 15;
/** "科目编码", "功能科目代码", "编号" — but not "单位代码" (the unit column of disclosure tables). */
const CODE_HEADER = /^(?!.*单位).{0,8}(编码|代码|编号)$|^code$/iu;
const NAME_HEADER = /^(?!.*单位).{0,8}名称$|^name$/iu;

/** The header row and the code and name columns; without a header, column A is the code and B the name. */
export function findLayout(values: readonly (readonly CellValue[])[]): { found: boolean; layout: Layout } {
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  // Split 类/款/项 headers first: they often sit under a merged 科目编码 header that would match the code header.
  for (let r = 0; r < limit; r += 1) {
    const cells = (values[r] ?? []).map(headerText);
    const lei = cells.indexOf("类");
    const kuan = cells.indexOf("款");
    if (lei >= 0 && kuan === lei + 1) {
      const codeColumns = cells[kuan + 1] === "项" ? [lei, kuan, kuan + 1] : [lei, kuan];
      const nameColumn = nameColumnNear(values, r, codeColumns);
      return { found: true, layout: { headerRow: r, codeColumns, nameColumn, extras: extrasIn(cells) } };
    }
  }
  for (let r = 0; r < limit; r += 1) {
    const cells = (values[r] ?? []).map(headerText);
    const code = cells.findIndex((c) => CODE_HEADER.test(c));
    if (code >= 0) {
      const name = cells.findIndex((c) => NAME_HEADER.test(c));
      const nameColumn = name >= 0 ? name : undefined;
      return { found: true, layout: { headerRow: r, codeColumns: [code], nameColumn, extras: extrasIn(cells) } };
    }
  }
  return { found: false, layout: { headerRow: -1, codeColumns: [0], nameColumn: 1, extras: {} } };
}

/** The exported columns a header row names exactly. */
function extrasIn(cells: readonly string[]): Partial<Record<ExtraColumn, number>> {
  const extras: Partial<Record<ExtraColumn, number>> = {};
  for (const column of EXTRA_COLUMNS) {
    const at = cells.indexOf(EXPORT_HEADERS[column]);
    if (at >= 0) extras[column] = at;
  }
  return extras;
}

/** The name header of a split layout may sit on the 类/款/项 row or on a merged header row above it. */
function nameColumnNear(
  values: readonly (readonly CellValue[])[],
  row: number,
  codeColumns: readonly number[],
): number | undefined {
  for (let r = row; r >= Math.max(0, row - 2); r -= 1) {
    const cells = (values[r] ?? []).map(headerText);
    const found = cells.findIndex((c, i) => NAME_HEADER.test(c) && !codeColumns.includes(i));
    if (found >= 0) return found;
  }
  return codeColumns.reduce((last, col) => Math.max(last, col), -Infinity) + 1; // no spread: one per column
}

function headerText(value: CellValue): string {
  return typeof value === "string" ? toHalfWidth(value).replace(/[\s\u3000]+/gu, "") : "";
}
