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

// The report writer loads only when a report is first saved.
const importWriter = () => import(/* webpackChunkName: "report-writer" */ "../xlsx/report");

/** What the page knows of the workbook beyond its report: the body on its 编制部门/编制单位 line, the budget year. */
export interface WorkbookAbout {
  readonly body?: string;
  readonly year?: number | null;
}

/**
 * The command line's report workbook for the workbook shown: the same writer and format as `budget-check
 * --report-dir` (summary, findings, links to the cells), collected in memory.
 */
export async function xlsxDownload(report: Report, language: Language, about: WorkbookAbout = {}): Promise<Download> {
  const { findingRows, pathLink, reportWorkbookBytes } = await importWriter();
  const findings = findingRows(report);
  const bytes = await reportWorkbookBytes(
    [
      {
        workbook: {
          file: report.workbook,
          workbook: report.workbook,
          ...about,
          counts: report.summary,
          accepted: findings.filter((f) => f.accepted !== undefined).length,
          tables: report.tables.length,
        },
        findings,
      },
    ],
    // The report links to the checked file by name: the browser saves both into the same downloads folder.
    { language, link: pathLink },
  );
  return {
    name: `${reportStem(report.workbook)}.xlsx`,
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    bytes,
  };
}
