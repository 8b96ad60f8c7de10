/**
 * The report workbook as a file (--report FILE.xlsx, and each NAME.budget-check.xlsx of --report-dir): the shared
 * writer (host/xlsx/report) streaming its chunks to the file, with links relative to where the report is written.
 * The file is written beside the target under a temporary name and renamed when complete, so a run that stops
 * half-way leaves no truncated report behind.
 */
import * as path from "node:path";
import type { Language } from "../core";
import { pathLink, ReportWorkbookWriter, type FindingRow, type ReportedWorkbook } from "../host/xlsx/report";
import { endOutput, openReplacing, type ReplacingOutput } from "./open-output";

/**
 * The checked file's path relative to the report's folder, with forward slashes, as a link (so the two can be
 * moved together).
 */
export function fileLink(reportFile: string, checkedFile: string): string {
  const relative = path.relative(path.dirname(path.resolve(reportFile)), path.resolve(checkedFile));
  return pathLink(relative.split(path.sep).join("/"));
}

export interface ReportWorkbookFileOptions {
  readonly language: Language;
  /** Data rows per findings sheet; Excel's limit unless a test wants the split sooner. */
  readonly rowsPerSheet?: number;
}

export class ReportWorkbookFile {
  private constructor(
    private readonly writer: ReportWorkbookWriter,
    private readonly output: ReplacingOutput,
    private readonly failed: () => Error | undefined,
  ) {}

  /** Starts writing `target`; a folder that does not exist fails here. */
  static async open(target: string, options: ReportWorkbookFileOptions): Promise<ReportWorkbookFile> {
    const output = await openReplacing(target);
    // A failed write (a full disk) is kept and thrown by close(): the run goes on without this report.
    let failure: Error | undefined;
    output.stream.on("error", (error) => (failure ??= error));
    const writer = new ReportWorkbookWriter((chunk) => void output.stream.write(chunk), {
      language: options.language,
      link: (file) => fileLink(target, file),
      ...(options.rowsPerSheet !== undefined && { rowsPerSheet: options.rowsPerSheet }),
    });
    return new ReportWorkbookFile(writer, output, () => failure);
  }

  /** One workbook's summary row and findings, in path order. */
  addFile(summary: ReportedWorkbook, findings: readonly FindingRow[] | undefined): void {
    this.writer.addFile(summary, findings);
  }

  /**
   * Findings of a workbook already added, found after the run (the 部门 + 单位 consolidation): its rows go on the
   * findings sheet and its summary row is replaced by `summary` (same file, counts with them).
   */
  amendFile(summary: ReportedWorkbook, findings: readonly FindingRow[]): void {
    this.writer.amendFile(summary, findings);
  }

  /**
   * Writes the summary (and the notes, when there are any), finishes the file and moves it into place; when that
   * fails, the partial file is removed and the error thrown.
   */
  async close(notes: readonly string[] = []): Promise<void> {
    try {
      await this.writer.close(notes);
      await endOutput(this.output.stream);
      const failure = this.failed();
      if (failure !== undefined) throw failure;
      await this.output.commit();
    } catch (error) {
      await this.abandon();
      throw error;
    }
  }

  /** Gives up: the partial file is removed. */
  async abandon(): Promise<void> {
    this.output.stream.destroy();
    await this.output.abandon();
  }
}
