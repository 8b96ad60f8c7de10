/**
 * The report workbook: the one report workbook of the product, for one workbook or ten thousand (issue 10 "The
 * report people act on"), written by the command line (--report FILE.xlsx, --report-dir) and by the page
 * (Download report). No Node API: it hands the .xlsx to a sink chunk by chunk, and the command line streams the
 * chunks to a file while the page collects them.
 *
 * - Summary (first tab): one row per workbook in the order given: file name, the body on its 编制部门/编制单位
 *   line, year, counts, accepted findings, tables, status (the reason when it could not be read; never dropped),
 *   a link to the file.
 * - Findings: one row per finding; amounts are numbers with the number format of their decimals (the JSON report
 *   keeps them as strings), a unit column, the severity as a coloured cell, the message wrapped, frozen header and
 *   filters, the cell address linked into the checked file. Past Excel's row limit the rows go on in a further sheet.
 * - Notes: rules the settings turned off or re-graded, when there are any.
 *
 * Memory stays flat with the number of files: findings rows are compressed and handed on as they are added, and a
 * sheet's link targets are held compressed until the sheet ends. What is kept per workbook is its summary row,
 * which callers keep anyway; the summary sheet is written from them at the end, though it is the first tab.
 */
import { Zip } from "fflate";
import type { Language, Severity } from "../../../core";
import { amountCell, type Cell } from "./cells";
import type { FindingRow } from "./finding-rows";
import { reportLabels, type ReportLabels } from "./labels";
import { cellLink } from "./links";
import { addPackageParts } from "./package-parts";
import { SheetPart, type SheetLayout } from "./sheet-part";
import { amountStyle, STYLE } from "./styles";

/** Excel's rows per sheet (1,048,576) less the header row. */
export const EXCEL_DATA_ROWS = 1_048_575;

const SUMMARY_LAYOUT: SheetLayout = { widths: [28, 30, 8, 8, 8, 8, 8, 10, 40, 40], linkColumn: 9, selected: true };
const FINDINGS_LAYOUT: SheetLayout = { widths: [24, 24, 10, 8, 22, 60, 8, 16, 16, 14, 12, 30], linkColumn: 2 };
const NOTES_LAYOUT: SheetLayout = { widths: [100] };

/** One workbook of the report: its summary row. */
export interface ReportedWorkbook {
  /** Where the checked file is, as the `link` option takes it (a path, or the file name in the page). */
  readonly file: string;
  /** The file name the report shows. */
  readonly workbook: string;
  /** The body on its 编制部门/编制单位 line. */
  readonly body?: string;
  readonly year?: number | null;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly accepted: number;
  readonly tables: number;
  /** Why the file could not be read or checked (one line in the report's language); absent for a checked file. */
  readonly unreadable?: string;
}

export interface ReportWorkbookOptions {
  readonly language: Language;
  /** The link from the report to a checked file (relative to the report, escaped: see links.ts). */
  readonly link: (file: string) => string;
  /** Data rows per findings sheet; Excel's limit unless a test wants the split sooner. */
  readonly rowsPerSheet?: number;
  /** When the report is written (document properties, zip entries); now unless given. */
  readonly date?: Date;
}

/**
 * Where the .xlsx goes, chunk by chunk, in order. A sink that answers a promise is waited for before the next
 * chunk (close() waits for the last); one that throws or rejects fails the report, and close() rejects with it.
 */
export type ReportSink = (chunk: Uint8Array) => void | Promise<void>;

const text = (value: string, style?: number): Cell => (style === undefined ? { text: value } : { text: value, style });
const optionalText = (value: string | undefined): Cell => (value ? { text: value } : null);

function amount(value: string | undefined): Cell {
  const { value: shown, numFmt } = amountCell(value);
  if (typeof shown === "number") return { number: shown, style: amountStyle(numFmt!) };
  return shown === null ? null : { text: shown };
}

export class ReportWorkbookWriter {
  private readonly zip: Zip;
  private readonly labels: ReportLabels;
  private readonly rowsPerSheet: number;
  private readonly date: Date;
  private readonly findingsParts: SheetPart[] = [];
  private readonly workbooks: ReportedWorkbook[] = [];
  /** The sink's pending writes, once it has answered a promise. */
  private writing: Promise<void> | undefined;
  private failure: { readonly error: unknown } | undefined;
  private closed = false;

  constructor(
    private readonly sink: ReportSink,
    private readonly options: ReportWorkbookOptions,
  ) {
    this.labels = reportLabels(options.language);
    this.rowsPerSheet = options.rowsPerSheet ?? EXCEL_DATA_ROWS;
    this.date = options.date ?? new Date();
    this.zip = new Zip((error, chunk) => (error ? this.fail(error) : this.deliver(chunk)));
    this.nextFindingsSheet();
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
  }

  private deliver(chunk: Uint8Array): void {
    if (this.failure !== undefined) return;
    if (this.writing !== undefined) {
      this.writing = this.writing
        .then(() => (this.failure === undefined ? this.sink(chunk) : undefined))
        .catch((error: unknown) => this.fail(error));
      return;
    }
    try {
      const written = this.sink(chunk);
      if (written !== undefined) this.writing = written.catch((error: unknown) => this.fail(error));
    } catch (error) {
      this.fail(error);
    }
  }

  /** Resolves when the sink has taken every chunk so far (an asynchronous sink's pace). */
  async drained(): Promise<void> {
    await this.writing;
  }

  private get findings(): SheetPart {
    return this.findingsParts[this.findingsParts.length - 1]!;
  }

  private nextFindingsSheet(): void {
    const n = this.findingsParts.length + 1;
    this.findingsParts.at(-1)?.end();
    const name = n === 1 ? this.labels.findingsSheet : this.labels.findingsSheetPart(n);
    // Part 1 is the summary, written at the end.
    const sheet = new SheetPart(this.zip, n + 1, name, FINDINGS_LAYOUT, this.date);
    sheet.row(this.labels.findingsHeaders.map((h) => text(h, STYLE.header)));
    this.findingsParts.push(sheet);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("the report workbook is already closed");
  }

  /** One workbook's summary row and findings (none for a workbook that could not be read). */
  addFile(workbook: ReportedWorkbook, findings: readonly FindingRow[] = []): void {
    this.assertOpen();
    this.workbooks.push(workbook);
    this.findingsOf(workbook, findings);
  }

  /**
   * Findings of a workbook already added that are known only after the run (the 部门 + 单位 consolidation): its
   * summary row is replaced by `workbook` (whose counts include them) and the rows go on the findings sheet.
   */
  amendFile(workbook: ReportedWorkbook, findings: readonly FindingRow[]): void {
    this.assertOpen();
    const at = this.workbooks.findIndex((w) => w.file === workbook.file);
    if (at < 0) this.workbooks.push(workbook);
    else this.workbooks[at] = workbook;
    this.findingsOf(workbook, findings);
  }

  private findingsOf(workbook: ReportedWorkbook, findings: readonly FindingRow[]): void {
    const link = this.options.link(workbook.file);
    for (const finding of findings) {
      if (this.findings.dataRows === this.rowsPerSheet) this.nextFindingsSheet();
      this.findingsRow(workbook.workbook, link, finding);
    }
  }

  private findingsRow(workbook: string, link: string, f: FindingRow): void {
    const accepted = f.accepted !== undefined;
    this.findings.row(
      [
        text(workbook),
        text(f.sheet),
        text(f.cell, STYLE.link),
        accepted
          ? text(this.labels.accepted, STYLE.accepted)
          : text(this.labels.severity[f.severity], STYLE.severity[f.severity]),
        text(f.rule),
        text(accepted ? `${f.message}\n${f.accepted}` : f.message, STYLE.wrapped),
        optionalText(f.unit),
        amount(f.expected),
        amount(f.actual),
        amount(f.difference),
        amount(f.bound),
        optionalText(f.refs),
      ],
      cellLink(link, f.sheet, f.cell),
    );
  }

  /** Writes the summary (and the notes, when there are any), finishes the .xlsx and waits for the sink. */
  async close(notes: readonly string[] = []): Promise<void> {
    this.assertOpen();
    this.closed = true;
    this.findings.end();
    const summary = new SheetPart(this.zip, 1, this.labels.summarySheet, SUMMARY_LAYOUT, this.date);
    summary.row(this.labels.summaryHeaders.map((h) => text(h, STYLE.header)));
    for (const w of this.workbooks) {
      const link = this.options.link(w.file);
      summary.row(
        [
          text(w.workbook),
          optionalText(w.body),
          w.year === undefined || w.year === null ? null : { number: w.year },
          { number: w.counts.error },
          { number: w.counts.warning },
          { number: w.counts.info },
          { number: w.accepted },
          { number: w.tables },
          w.unreadable !== undefined ? text(w.unreadable, STYLE.problem) : text(this.labels.checked),
          text(link, STYLE.link),
        ],
        link,
      );
    }
    summary.end();
    const tabs = [summary, ...this.findingsParts];
    if (notes.length > 0) {
      const sheet = new SheetPart(
        this.zip,
        this.findingsParts.length + 2,
        this.labels.notesSheet,
        NOTES_LAYOUT,
        this.date,
      );
      sheet.row(this.labels.notesHeaders.map((h) => text(h, STYLE.header)));
      for (const note of notes) sheet.row([text(note)]);
      sheet.end();
      tabs.push(sheet);
    }
    addPackageParts(this.zip, tabs, this.date);
    this.zip.end();
    await this.writing;
    if (this.failure !== undefined) throw this.failure.error;
  }
}

/** The whole report workbook in memory (the page's download): the same writer, its chunks collected. */
export async function reportWorkbookBytes(
  workbooks: readonly { readonly workbook: ReportedWorkbook; readonly findings?: readonly FindingRow[] }[],
  options: ReportWorkbookOptions,
  notes: readonly string[] = [],
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const writer = new ReportWorkbookWriter((chunk) => void chunks.push(chunk), options);
  for (const { workbook, findings } of workbooks) writer.addFile(workbook, findings);
  await writer.close(notes);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
