import type { CellValue, SheetSnapshot } from "../../core";
import { cellAddress, columnName, parseAddress } from "../../core";

export interface PreviewCell {
  readonly address: string;
  /** What the cell shows, as text (never markup). */
  readonly text: string;
  readonly numeric: boolean;
  /** The cell the finding is about. */
  readonly target: boolean;
  /** Another cell the finding involves (refs on the same sheet). */
  readonly related: boolean;
}

export interface PreviewWindow {
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly number: number; readonly cells: readonly PreviewCell[] }[];
}

/** How a value reads in the preview: numbers with the decimals their format shows ("#,##0.00" → 2), else as stored. */
export function displayText(value: CellValue | undefined, format: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const decimals = /0\.(0+)/.exec(format ?? "")?.[1]?.length ?? (/^0%$|^#,##0$|^0$/.test(format ?? "") ? 0 : undefined);
  if (decimals === undefined) return String(value);
  // Display only (what Excel shows): the amount itself is judged by the engine in decimal.
  return value.toLocaleString("en-US", {
    style: format?.includes("%") ? "percent" : "decimal",
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format?.includes("#,##") ?? false,
  });
}

/**
 * The cells around `cell` (rowsAround above and below, colsAround left and right, clamped at A1), so the user sees
 * the value in its row and column. Undefined when the address is not a cell.
 */
export function previewWindow(
  sheet: SheetSnapshot,
  cell: string,
  related: readonly string[] = [],
  rowsAround = 3,
  colsAround = 2,
): PreviewWindow | undefined {
  const at = parseAddress(cell);
  if (!at) return undefined;
  const top = Math.max(0, at.row - rowsAround);
  const left = Math.max(0, at.col - colsAround);
  const bottom = at.row + rowsAround;
  const right = at.col + colsAround;
  const relatedSet = new Set(related.map((address) => address.replace(/\$/g, "").toUpperCase()));
  const columns: string[] = [];
  for (let col = left; col <= right; col++) columns.push(columnName(col));
  const rows = [];
  for (let row = top; row <= bottom; row++) {
    const cells: PreviewCell[] = [];
    for (let col = left; col <= right; col++) {
      const value = sheet.values[row]?.[col];
      const address = cellAddress(row, col);
      cells.push({
        address,
        text: displayText(value, sheet.numberFormats?.[row]?.[col]),
        numeric: typeof value === "number",
        target: row === at.row && col === at.col,
        related: relatedSet.has(address),
      });
    }
    rows.push({ number: row + 1, cells });
  }
  return { sheet: sheet.name, columns, rows };
}
