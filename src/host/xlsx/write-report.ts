import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Report, Language } from "../../core";
import { REPORT_LABELS } from "./report-labels";

/** One checked workbook: its report and where the file is, so the report can link to its cells. */
export interface CheckedWorkbook {
  readonly report: Report;
  /** Path of the checked file (absolute or relative to the working directory). */
  readonly file: string;
}

/** Excel quotes a sheet name in a reference with single quotes, doubling any quote inside. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The link from the report to a cell of the checked file: the file's path relative to the report (so the two can
 * be moved together), then "#'Sheet'!F6", which Excel and LibreOffice open at that cell.
 */
export function cellLink(reportFile: string, checkedFile: string, sheet: string, cell: string): string {
  return `${fileLink(reportFile, checkedFile)}#${quoteSheet(sheet)}!${cell}`;
}

/**
 * The checked file's path relative to the report's folder, with forward slashes. Only the characters that would
 * change the link's meaning (%, space, #, ?) are escaped; Chinese file names stay readable in the link.
 */
export function fileLink(reportFile: string, checkedFile: string): string {
  const relative = path.relative(path.dirname(path.resolve(reportFile)), path.resolve(checkedFile));
  return relative
    .split(path.sep)
    .join("/")
    .replace(/[% #?]/g, (c) => encodeURIComponent(c));
}

/** ExcelJS is loaded when a report workbook is written, never to read one (start-up stays small). */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/**
 * Builds the reviewer's workbook: a summary sheet (one row per checked workbook, counts by severity) and a findings
 * sheet (one row per finding, the cell address shown plainly and linked into the checked file).
 */
export async function reportWorkbook(
  checked: readonly CheckedWorkbook[],
  reportFile: string,
  language: Language,
): Promise<ExcelJS.Workbook> {
  const labels = REPORT_LABELS[language];
  const workbook = new (await loadExcelJs()).Workbook();
  const summary = workbook.addWorksheet(labels.summarySheet);
  const findings = workbook.addWorksheet(labels.findingsSheet);

  summary.addRow([...labels.summaryHeaders]).font = { bold: true };
  for (const { report, file } of checked) {
    const row = summary.addRow([
      report.workbook,
      report.summary.error,
      report.summary.warning,
      report.summary.info,
      report.tables.length,
      { text: labels.openFile, hyperlink: fileLink(reportFile, file) },
    ]);
    row.getCell(6).font = { color: { argb: "FF0563C1" }, underline: true };
  }

  findings.addRow([...labels.findingsHeaders]).font = { bold: true };
  for (const { report, file } of checked) {
    for (const finding of report.findings) {
      const row = findings.addRow([
        report.workbook,
        finding.sheet,
        { text: finding.cell, hyperlink: cellLink(reportFile, file, finding.sheet, finding.cell) },
        labels.severity[finding.severity],
        finding.rule,
        finding.message,
        finding.expected ?? null,
        finding.actual ?? null,
        finding.difference ?? null,
        finding.bound ?? null,
        finding.refs.map((ref) => `${quoteSheet(ref.sheet)}!${ref.cell}`).join(", ") || null,
      ]);
      row.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    }
  }

  findings.views = [{ state: "frozen", ySplit: 1 }];
  summary.views = [{ state: "frozen", ySplit: 1 }];
  findings.autoFilter = { from: "A1", to: { row: 1, column: labels.findingsHeaders.length } };
  const widths = [24, 26, 10, 8, 22, 60, 14, 14, 12, 12, 30];
  widths.forEach((width, i) => (findings.getColumn(i + 1).width = width));
  summary.getColumn(1).width = 30;
  return workbook;
}
