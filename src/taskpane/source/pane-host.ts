import type { CheckOptions } from "../../core/engine";
import type { Report, ReportInput } from "../../core/findings";
import type { CellValue } from "../../core/grid";
import type { PreviewWindow } from "../model";

/** A checked workbook: what buildReport needs (so the language can change without re-running) and the sheet order. */
export interface CheckedWorkbook {
  readonly input: ReportInput;
  readonly sheetOrder: readonly string[];
}

/**
 * What the pane needs from where it runs. Excel selects cells in the workbook and writes the report sheet; the
 * browser keeps the opened file in the page and shows a cell as a small preview.
 */
export interface PaneHost {
  readonly kind: "excel" | "browser";
  /** Runs the engine on the current workbook. */
  check(options: CheckOptions): Promise<CheckedWorkbook>;
  /** Names of the workbook's sheets, in order (to pick the sheet holding an official catalog). */
  sheetNames(): Promise<readonly string[]>;
  /** The values of one sheet from A1, undefined when there is no such sheet. */
  sheetValues(sheet: string): Promise<readonly (readonly CellValue[])[] | undefined>;
  /** Excel: activate the sheet and select the cell. Rejects when the sheet or cell is gone. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Browser: the cells around a cell, with the finding's other cells on that sheet marked. */
  preview?(sheet: string, cell: string, related: readonly string[]): PreviewWindow | undefined;
  /** Excel: writes the report sheet (校验报告) and returns its name. */
  exportReport?(report: Report): Promise<string>;
  /** Excel: results of a validation started elsewhere (the ribbon) arrive here. Returns the unsubscribe function. */
  subscribe?(listener: (checked: CheckedWorkbook) => void): () => void;
}
