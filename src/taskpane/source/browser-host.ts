import type { CheckOptions, WorkbookSnapshot } from "../../core";
import { previewWindow } from "../model";
import { checkSnapshot } from "./check-snapshot";
import type { CheckedWorkbook, PaneHost } from "./pane-host";

/** The pane outside Office: one workbook snapshot read in the page; a cell is shown as a preview. */
export class BrowserHost implements PaneHost {
  readonly kind = "browser" as const;

  constructor(readonly snapshot: WorkbookSnapshot) {}

  async check(options: CheckOptions): Promise<CheckedWorkbook> {
    return checkSnapshot(this.snapshot, options);
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.snapshot.sheets.map((sheet) => sheet.name);
  }

  async sheetValues(sheet: string) {
    return this.snapshot.sheets.find((s) => s.name === sheet)?.values;
  }

  preview(sheet: string, cell: string, related: readonly string[]) {
    const found = this.snapshot.sheets.find((s) => s.name === sheet);
    return found ? previewWindow(found, cell, related) : undefined;
  }
}
