import type { CheckOptions, Settings, WorkbookSnapshot } from "../../core";
import type { PreviewWindow } from "../model";
import { previewWindow } from "../model";
import { checkSnapshot } from "./check-snapshot";
import type { CheckedWorkbook, PaneHost } from "./pane-host";

/**
 * The pane outside Office with the workbook on the page's thread: the bundled sample, and any file where the page
 * cannot run a worker. A cell is shown as a preview.
 */
export class BrowserHost implements PaneHost {
  readonly kind = "browser" as const;
  /** The settings applied in the pane, standing in for the file's (which is only read). */
  private settings: Settings | undefined;

  constructor(readonly snapshot: WorkbookSnapshot) {}

  async check(options: CheckOptions): Promise<CheckedWorkbook> {
    return checkSnapshot(this.snapshot, options, this.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.snapshot.sheets.map((sheet) => sheet.name);
  }

  async sheetValues(sheet: string) {
    return this.snapshot.sheets.find((s) => s.name === sheet)?.values;
  }

  async preview(sheet: string, cell: string, related: readonly string[]): Promise<PreviewWindow | undefined> {
    const found = this.snapshot.sheets.find((s) => s.name === sheet);
    return found ? previewWindow(found, cell, related) : undefined;
  }
}
