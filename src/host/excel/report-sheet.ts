/** The 校验报告 sheet: one row per finding, each linked to its cell. Rewritten whole on every export. */
import type { Severity, Report, Language } from "../../core";
import { columnName } from "../../core";
import { REPORT_SHEET_NAME } from "./names";
import { sheetCellReference } from "./sheet-address";

interface ReportSheetLabels {
  readonly headers: readonly [string, string, string, string, string, string, string, string];
  readonly severity: Readonly<Record<Severity, string>>;
  readonly none: string;
}

export const REPORT_SHEET_LABELS: Readonly<Record<Language, ReportSheetLabels>> = {
  zh: {
    headers: ["级别", "工作表", "单元格", "说明", "应为", "实为", "差额", "规则"],
    severity: { error: "错误", warning: "警告", info: "提示" },
    none: "未发现问题",
  },
  en: {
    headers: ["Severity", "Sheet", "Cell", "Message", "Expected", "Actual", "Difference", "Rule"],
    severity: { error: "error", warning: "warning", info: "info" },
    none: "No findings",
  },
};

/** Column of the cell address, which carries the link. */
const LINK_COLUMN = 2;

/** Text Excel would read as a formula is written with the apostrophe prefix, so cell text stays text. */
function asText(text: string): string {
  return text.startsWith("=") ? `'${text}` : text;
}

/** Header and one row per finding, every cell text (amounts stay exact decimal strings). */
export function reportSheetRows(report: Report, language: Language): string[][] {
  const labels = REPORT_SHEET_LABELS[language];
  const rows = report.findings.map((f) =>
    [
      labels.severity[f.severity],
      f.sheet,
      f.cell,
      f.message,
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
      f.rule,
    ].map(asText),
  );
  return [[...labels.headers], ...(rows.length > 0 ? rows : [[labels.none, "", "", "", "", "", "", ""]])];
}

export interface ReportSheetOptions {
  readonly language: Language;
  /** Whether a report sheet exists already (it is deleted first, so nothing stale survives). */
  readonly exists: boolean;
  readonly activate?: boolean;
}

/** Queues the report sheet's writes (no sync). */
export function queueReportSheet(context: Excel.RequestContext, report: Report, options: ReportSheetOptions): void {
  const worksheets = context.workbook.worksheets;
  if (options.exists) worksheets.getItem(REPORT_SHEET_NAME).delete();
  const sheet = worksheets.add(REPORT_SHEET_NAME);
  const rows = reportSheetRows(report, options.language);
  const width = rows[0]!.length;
  const last = columnName(width - 1);
  const table = sheet.getRange(`A1:${last}${rows.length}`);
  // Text format before the values, so "0.10" stays "0.10" and no text becomes a number.
  table.set({ numberFormat: rows.map((row) => row.map(() => "@")) });
  table.set({ values: rows });
  sheet.getRange(`A1:${last}1`).set({ format: { font: { bold: true } } });
  report.findings.forEach((finding, i) => {
    const cell = `${columnName(LINK_COLUMN)}${i + 2}`;
    sheet.getRange(cell).set({
      hyperlink: { documentReference: sheetCellReference(finding.sheet, finding.cell), textToDisplay: finding.cell },
    });
  });
  sheet.freezePanes.freezeRows(1);
  sheet.getRange(`A:${last}`).format.autofitColumns();
  if (options.activate) sheet.activate();
}

/** Writes (or rewrites) the report sheet and shows it: two round trips. */
export async function exportReportSheet(
  context: Excel.RequestContext,
  report: Report,
  language: Language,
): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME).load("name");
  await context.sync();
  queueReportSheet(context, report, { language, exists: !existing.isNullObject, activate: true });
  await context.sync();
}
