import type { Report, Language } from "../../core";

/** A file for the user to save: its name, type and bytes. */
export interface Download {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array | string;
}

/** "预算.xlsx" → "预算.budget-check" (the stem the command line's --report-dir gives a workbook's reports). */
export function reportStem(workbook: string): string {
  return `${workbook.replace(/\.(xlsx|xlsm)$/i, "")}.budget-check`;
}

/** The report as `budget-check --format json FILE` prints it for one workbook. */
export function jsonDownload(report: Report): Download {
  return {
    name: `${reportStem(report.workbook)}.json`,
    type: "application/json",
    bytes: JSON.stringify(report, null, 2) + "\n",
  };
}

// The report writer and ExcelJS load only when a report is first saved (the chunk the reader uses).
const importWriter = () => import(/* webpackChunkName: "exceljs" */ "../xlsx/write-report");

/** The command line's report workbook (summary and findings sheets, links to the cells) for the workbook shown. */
export async function xlsxDownload(report: Report, language: Language): Promise<Download> {
  const { reportWorkbook } = await importWriter();
  const name = `${reportStem(report.workbook)}.xlsx`;
  // The report links to the checked file by name: the browser saves both into the same downloads folder.
  const buffer = await (await reportWorkbook([{ report, file: report.workbook }], name, language)).xlsx.writeBuffer();
  return {
    name,
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    bytes: new Uint8Array(buffer as ArrayBuffer),
  };
}
