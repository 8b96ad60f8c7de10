import type { CellValue, CheckOptions, Language, Settings } from "../../core";
import type { CatalogChoice, PreviewWindow } from "../model";
import { checkedWorkbookOf, type CheckedData } from "./check-snapshot";
import type { CheckedWorkbook, PaneHost } from "./pane-host";
import type { WorkbookLink } from "./workbook-link";
import type { WorkbookReply } from "./workbook-protocol";

function replyOf<K extends WorkbookReply["kind"]>(reply: WorkbookReply, kind: K): Extract<WorkbookReply, { kind: K }> {
  if (reply.kind === kind) return reply as Extract<WorkbookReply, { kind: K }>;
  throw new Error(reply.kind === "failed" ? reply.message : `unexpected reply ${reply.kind}`);
}

/**
 * The browser mode with a worker: the opened workbook stays in the worker, which runs every check; the page holds
 * the findings (plain data) and asks for a cell's preview when one is clicked.
 */
export class WorkerHost implements PaneHost {
  readonly kind = "browser" as const;
  /** The settings applied in the pane, standing in for the file's (which is only read). */
  private settings: Settings | undefined;

  constructor(
    private readonly link: WorkbookLink,
    private readonly sheets: readonly string[],
  ) {}

  async check(options: CheckOptions, _language: Language, catalog?: CatalogChoice): Promise<CheckedWorkbook> {
    const reply = await this.link.ask({
      kind: "check",
      check: {
        ...(options.profile !== undefined && { profile: options.profile }),
        ...(options.tolerance !== undefined && { tolerance: options.tolerance }),
        ...(catalog !== undefined && { catalog }),
        ...(this.settings !== undefined && { settings: this.settings }),
      },
    });
    return checkedWorkbookOf(replyOf(reply, "checked").data);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.sheets;
  }

  async sheetValues(sheet: string): Promise<readonly (readonly CellValue[])[] | undefined> {
    return replyOf(await this.link.ask({ kind: "sheet-values", sheet }), "sheet-values").values ?? undefined;
  }

  async preview(sheet: string, cell: string, related: readonly string[]): Promise<PreviewWindow | undefined> {
    return replyOf(await this.link.ask({ kind: "preview", sheet, cell, related }), "preview").window ?? undefined;
  }

  dispose(): void {
    this.link.close();
  }
}

/** The worker's first answer for an opened file, as the pane shows it. */
export function openedInWorker(link: WorkbookLink, data: CheckedData): { host: WorkerHost; checked: CheckedWorkbook } {
  return { host: new WorkerHost(link, data.sheetOrder), checked: checkedWorkbookOf(data) };
}
