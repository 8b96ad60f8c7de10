/**
 * The report workbook (--report FILE.xlsx, and each NAME.budget-check.xlsx of --report-dir): the one report
 * workbook of the product, for one file or ten thousand (issue 10 "The report people act on").
 *
 * - Summary: one row per workbook in path order: file name, the body on its 编制部门/编制单位 line, year, counts,
 *   accepted findings, tables, status (the reason when it could not be read; never dropped), a link to the file.
 * - Findings: one row per finding; amounts are numbers with the number format of their decimals (the JSON report
 *   keeps them as strings), a unit column, the severity as a coloured cell, the message wrapped, frozen header and
 *   filters, the cell address linked into the checked file. Past Excel's row limit the rows go on in a further sheet.
 * - Notes: rules the settings turned off or re-graded, when there are any.
 *
 * Written as a stream with ExcelJS's WorkbookWriter (loaded only when a report workbook is asked for): findings rows
 * leave memory as soon as they are added. The summary sheet is the first tab but is written last — its rows are
 * the small summary rows the run keeps anyway — which the writer allows because a sheet's part is opened only
 * when its first row is committed.
 */
import type ExcelJS from "exceljs";
import type { Severity, Language } from "../core";
import type { SummaryRow } from "./file-job";
import { fileLink, quoteSheet } from "../host/xlsx/write-report";
import type { FindingRow } from "./finding-rows";
import { openReplacing, type ReplacingOutput } from "./open-output";
import { REPORT_STAMP, sealValue } from "./seal-report";
import { REPORT_WORKBOOK_LABELS, type ReportWorkbookLabels } from "./report-workbook-labels";

/** Excel's rows per sheet (1,048,576) less the header row. */
export const EXCEL_DATA_ROWS = 1_048_575;

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
/** Excel's own "Bad", "Neutral" and a light blue: the colours reviewers know from conditional formatting. */
const SEVERITY_STYLE: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
  info: { fill: "FFDDEBF7", font: "FF1F4E78" },
};
/** Excel's "Good". */
const ACCEPTED_STYLE = { fill: "FFC6EFCE", font: "FF006100" };
const FINDINGS_WIDTHS = [24, 24, 10, 8, 22, 60, 8, 16, 16, 14, 12, 30];
const SUMMARY_WIDTHS = [28, 30, 8, 8, 8, 8, 8, 10, 40, 40];
/** Doubles hold 15 significant digits exactly; a longer amount stays text rather than change. */
const EXACT_DIGITS = 15;
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/** An amount as a number cell with the format of its decimals, or the string itself when a double would change it. */
export function amountCell(text: string | undefined): { value: number | string | null; numFmt?: string } {
  if (text === undefined) return { value: null };
  const match = DECIMAL.exec(text);
  if (!match) return { value: text };
  const decimals = match[2]?.length ?? 0;
  if ((match[1]! + (match[2] ?? "")).replace(/^0+/, "").length > EXACT_DIGITS) return { value: text };
  return { value: Number(text), numFmt: decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}` };
}

export interface ReportWorkbookOptions {
  readonly language: Language;
  /** Data rows per findings sheet; Excel's limit unless a test wants the split sooner. */
  readonly rowsPerSheet?: number;
}

export class ReportWorkbookWriter {
  private findings: ExcelJS.Worksheet | undefined;
  private findingsRows = 0;
  private part = 0;
  private readonly summary: ExcelJS.Worksheet;
  private readonly rows: SummaryRow[] = [];
  private readonly labels: ReportWorkbookLabels;
  private readonly rowsPerSheet: number;

  private constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly target: string,
    private readonly output: ReplacingOutput,
    options: ReportWorkbookOptions,
  ) {
    this.labels = REPORT_WORKBOOK_LABELS[options.language];
    this.rowsPerSheet = options.rowsPerSheet ?? EXCEL_DATA_ROWS;
    this.summary = this.sheet(this.labels.summarySheet, this.labels.summaryHeaders, SUMMARY_WIDTHS);
    this.nextFindingsSheet();
  }

  /**
   * Starts writing `target`. The workbook is written beside it under a temporary name and renamed when complete,
   * so a run that stops half-way leaves no truncated report behind. It is stamped as ours (seal-report.ts).
   */
  static async open(target: string, options: ReportWorkbookOptions): Promise<ReportWorkbookWriter> {
    const { default: excel } = await import("exceljs");
    const output = await openReplacing(target);
    const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: output.stream, useStyles: true, ...REPORT_STAMP });
    return new ReportWorkbookWriter(workbook, target, output, options);
  }

  /** Every row goes in sealed: workbook text is XML-safe and fits a cell (seal-report.ts). */
  private addRow(sheet: ExcelJS.Worksheet, values: readonly ExcelJS.CellValue[]): ExcelJS.Row {
    return sheet.addRow(values.map(sealValue));
  }

  private sheet(name: string, headers: readonly string[], widths: readonly number[]) {
    const sheet = this.workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = widths.map((width) => ({ width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
    return sheet;
  }

  private header(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
    const row = this.addRow(sheet, headers);
    row.font = HEADER_FONT;
    row.commit();
  }

  private nextFindingsSheet(): void {
    this.findings?.commit();
    this.part++;
    const name = this.part === 1 ? this.labels.findingsSheet : this.labels.findingsSheetPart(this.part);
    this.findings = this.sheet(name, this.labels.findingsHeaders, FINDINGS_WIDTHS);
    this.header(this.findings, this.labels.findingsHeaders);
    this.findingsRows = 0;
  }

  /** One workbook's summary row and findings, in path order. */
  addFile(summary: SummaryRow, findings: readonly FindingRow[] | undefined): void {
    this.rows.push(summary);
    const link = fileLink(this.target, summary.file);
    for (const finding of findings ?? []) {
      if (this.findingsRows === this.rowsPerSheet) this.nextFindingsSheet();
      this.findingsRow(summary.workbook, link, finding);
      this.findingsRows++;
    }
  }

  /**
   * Findings of a workbook already added, found after the run (the 部门 + 单位 consolidation): its rows go on the
   * findings sheet and its summary row is replaced by `summary` (same file, counts with them).
   */
  amendFile(summary: SummaryRow, findings: readonly FindingRow[]): void {
    const at = this.rows.findIndex((r) => r.file === summary.file);
    if (at >= 0) this.rows[at] = summary;
    this.addFile(summary, findings);
    if (at >= 0) this.rows.pop();
  }

  private findingsRow(workbook: string, link: string, f: FindingRow): void {
    const amounts = [f.expected, f.actual, f.difference, f.bound].map(amountCell);
    const row = this.addRow(this.findings!, [
      workbook,
      f.sheet,
      { text: f.cell, hyperlink: `${link}#${quoteSheet(f.sheet)}!${f.cell}` },
      f.accepted !== undefined ? this.labels.accepted : this.labels.severity[f.severity],
      f.rule,
      f.accepted !== undefined ? `${f.message}\n${f.accepted}` : f.message,
      f.unit || null,
      ...amounts.map((a) => a.value),
      f.refs || null,
    ]);
    row.getCell(3).font = LINK_FONT;
    const style = f.accepted !== undefined ? ACCEPTED_STYLE : SEVERITY_STYLE[f.severity];
    const severity = row.getCell(4);
    severity.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
    severity.font = { color: { argb: style.font } };
    row.getCell(6).alignment = { wrapText: true, vertical: "top" };
    amounts.forEach((a, i) => {
      if (a.numFmt !== undefined) row.getCell(8 + i).numFmt = a.numFmt;
    });
    row.commit();
  }

  /** Writes the summary (and the notes, when there are any), finishes the file and moves it into place. */
  async close(notes: readonly string[] = []): Promise<void> {
    this.header(this.summary, this.labels.summaryHeaders);
    for (const r of this.rows) {
      const row = this.addRow(this.summary, [
        r.workbook,
        r.body ?? null,
        r.year ?? null,
        r.counts.error,
        r.counts.warning,
        r.counts.info,
        r.accepted,
        r.tables,
        r.unreadable ?? this.labels.checked,
        { text: fileLink(this.target, r.file), hyperlink: fileLink(this.target, r.file) },
      ]);
      if (r.unreadable !== undefined) row.getCell(9).font = { color: { argb: SEVERITY_STYLE.error.font } };
      row.getCell(10).font = LINK_FONT;
      row.commit();
    }
    this.summary.commit();
    this.findings!.commit();
    if (notes.length > 0) {
      const sheet = this.sheet(this.labels.notesSheet, this.labels.notesHeaders, [100]);
      this.header(sheet, this.labels.notesHeaders);
      for (const note of notes) this.addRow(sheet, [note]).commit();
      sheet.commit();
    }
    await this.workbook.commit();
    await this.output.commit();
  }

  /** Gives up: the partial file is removed. */
  async abandon(): Promise<void> {
    await this.output.abandon();
  }
}
