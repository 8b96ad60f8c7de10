/**
 * The workbook as the engine sees it: plain data, no Office, no files.
 *
 * Every host (the Office add-in, the ExcelJS file reader, a test) produces this shape; the engine reads nothing else.
 * Grids are row-major and start at A1 (row index 0 = Excel row 1, column index 0 = column A), so an
 * address is computed, never stored. Optional layers (formulas, number formats) have the same shape as
 * `values` when present; a host that cannot give them leaves them out.
 */

/** A cell as Excel reports it: number, text, boolean, or null for a blank cell. Error values arrive as text ("#DIV/0!"). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Cell values from A1; rows may have different lengths (missing cells are blank). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number format codes ("#,##0.00", "General", "0.00%"), same shape as `values`, when the host gives them. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Formulas ("=SUM(F7:F20)") where a cell has one, null elsewhere; same shape as `values`, when the host gives them. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Merged areas. The value of a merged area lives in its top-left cell (some files repeat it in every cell). */
  readonly merges?: readonly CellRange[];
  /** Hidden or very hidden sheets are still checked; the flag lets surfaces say so. */
  readonly hidden?: boolean;
}

/** A custom XML part stored in the workbook (the add-in keeps its marks record, accepted findings and settings there). */
export interface CustomXmlPart {
  /** The namespace of the root element; null when it has none or the part is not well-formed XML. */
  readonly namespace: string | null;
  /** The part's text as stored. */
  readonly xml: string;
}

export interface WorkbookSnapshot {
  /** File name or workbook title, used in reports ("fengquan-2024.xlsx"). */
  readonly name: string;
  /** Sheets in workbook order. Results must not depend on this order. */
  readonly sheets: readonly SheetSnapshot[];
  /** The workbook's custom XML parts; absent when it has none or the host cannot read them (the Excel host). */
  readonly customXmlParts?: readonly CustomXmlPart[];
}
