/**
 * The report files of a run, fed one file at a time in path order and never holding more than that file:
 * --report FILE.json (what --format json prints), --report FILE.xlsx (the report workbook) and --report-dir DIR
 * (one NAME.budget-check.json and .xlsx per workbook, the same name from two folders getting -2, -3).
 * Output safety (issue #9): each target is checked against every input when it is opened (never an input; an
 * existing file only when it is our report or with --force), and written via a temporary file and a rename.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Language } from "../core";
import type { JobResult, SummaryRow } from "./file-job";
import type { FindingRow } from "../host/xlsx/report";
import { endOutput, openReplacing, type ReplacingOutput } from "./open-output";
import { outputProblem, writeOutput, type InputIdentity } from "./output-safety";
import { ReportWorkbookFile } from "./report-workbook";
import { outputProblemLine, writeFailureLine } from "./strings";

/** Each element indented under "[", so the whole reads as JSON.stringify(array, null, 2) would print it. */
export class JsonArrayText {
  private count = 0;

  constructor(
    private readonly write: (text: string) => unknown,
    private readonly several: boolean,
  ) {}

  add(json: string): void {
    if (!this.several) {
      if (this.count++ === 0) this.write(json + "\n");
      return;
    }
    this.write((this.count++ === 0 ? "[\n" : ",\n") + json.replace(/^/gm, "  "));
  }

  end(): void {
    if (this.several) this.write(this.count === 0 ? "[]\n" : "\n]\n");
  }
}

interface Target {
  readonly file: string;
  /** The line saying why the target failed; the run goes on and the exit status becomes 2. */
  failure?: string;
}

export interface ReportSinksOptions {
  readonly reports: readonly string[];
  readonly reportDir?: string;
  readonly language: Language;
  readonly several: boolean;
  /** Every file the run reads: no report is written over one of them. */
  readonly inputs: readonly InputIdentity[];
  /** --force: replace existing files that are not our reports (never an input). */
  readonly force?: boolean;
}

export class ReportSinks {
  private readonly json: { target: Target; output: ReplacingOutput; array: JsonArrayText }[] = [];
  private readonly workbooks: { target: Target; writer?: ReportWorkbookFile }[] = [];
  private readonly dirNames = new Set<string>();
  private readonly written: Target[] = [];
  /** Per-file writes of --report-dir, one after another in path order. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly options: ReportSinksOptions) {}

  /** Why `target` may not be written now (checked again at each write: files can appear during a run). */
  private async refused(target: Target): Promise<boolean> {
    const problem = await outputProblem(target.file, this.options.inputs, this.options.force === true);
    if (problem !== undefined) target.failure = outputProblemLine(problem, this.options.language);
    return problem !== undefined;
  }

  private failed(target: Target, error: unknown): void {
    target.failure ??= writeFailureLine(target.file, error, this.options.language);
  }

  static async open(options: ReportSinksOptions): Promise<ReportSinks> {
    const sinks = new ReportSinks(options);
    for (const file of options.reports) {
      const target: Target = { file };
      sinks.written.push(target);
      if (await sinks.refused(target)) continue;
      if (/\.json$/i.test(file)) {
        try {
          const output = await openReplacing(file);
          output.stream.on("error", (error) => sinks.failed(target, error));
          const array = new JsonArrayText((t) => output.stream.write(t), options.several);
          sinks.json.push({ target, output, array });
        } catch (error) {
          sinks.failed(target, error);
        }
      } else {
        try {
          sinks.workbooks.push({ target, writer: await ReportWorkbookFile.open(file, options) });
        } catch (error) {
          sinks.failed(target, error);
          sinks.workbooks.push({ target });
        }
      }
    }
    if (options.reportDir !== undefined) await fs.mkdir(options.reportDir, { recursive: true }).catch(() => undefined);
    return sinks;
  }

  /** One file's result, in path order. */
  add(result: JobResult): void {
    if (result.row.unreadable === undefined && result.json !== undefined)
      for (const { array } of this.json) array.add(result.json);
    for (const sink of this.workbooks) {
      if (sink.writer === undefined || sink.target.failure !== undefined) continue;
      try {
        sink.writer.addFile(result.row, result.rows);
      } catch (error) {
        this.failed(sink.target, error);
      }
    }
    if (this.options.reportDir !== undefined && result.row.unreadable === undefined) this.addToDir(result);
  }

  /**
   * A 部门 workbook's consolidation findings, after every file (issue 10): one more element of the JSON reports, its
   * rows and amended summary row in the report workbooks. --report-dir's per-file reports are written by then and
   * stay as they are.
   */
  addConsolidation(row: SummaryRow, json: string, rows: readonly FindingRow[]): void {
    for (const { array } of this.json) array.add(json);
    for (const sink of this.workbooks) {
      if (sink.writer === undefined || sink.target.failure !== undefined) continue;
      try {
        sink.writer.amendFile(row, rows);
      } catch (error) {
        this.failed(sink.target, error);
      }
    }
  }

  private addToDir(result: JobResult): void {
    const stem = path.basename(result.row.file, path.extname(result.row.file));
    let name = stem;
    for (let n = 2; this.dirNames.has(name); n++) name = `${stem}-${n}`; // the same file name from two folders
    this.dirNames.add(name);
    const base = path.join(this.options.reportDir!, `${name}.budget-check`);
    const workbook: Target = { file: `${base}.xlsx` };
    const json: Target = { file: `${base}.json` };
    this.written.push(workbook, json);
    this.queue = this.queue.then(async () => {
      if (!(await this.refused(workbook)))
        try {
          const writer = await ReportWorkbookFile.open(workbook.file, this.options);
          writer.addFile(result.row, result.rows);
          await writer.close();
        } catch (error) {
          this.failed(workbook, error);
        }
      if (!(await this.refused(json)))
        await writeOutput(json.file, (result.json ?? "null") + "\n").catch((error: unknown) =>
          this.failed(json, error),
        );
    });
  }

  /** Finishes every file; returns each target with its failure, if any, in the order they were named. */
  async close(notes: readonly string[]): Promise<readonly Target[]> {
    await this.queue;
    for (const { target, output, array } of this.json) {
      array.end();
      try {
        await endOutput(output.stream);
        if (target.failure === undefined) await output.commit();
      } catch (error) {
        this.failed(target, error);
      }
      if (target.failure !== undefined) await output.abandon();
    }
    for (const { target, writer } of this.workbooks) {
      if (writer === undefined) continue;
      if (target.failure !== undefined) {
        await writer.abandon();
        continue;
      }
      try {
        await writer.close(notes);
      } catch (error) {
        this.failed(target, error);
        await writer.abandon();
      }
    }
    return this.written;
  }
}
