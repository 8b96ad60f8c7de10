import type { AcceptedReportFinding, Report, Severity } from "../../core";

/** The words of the summary line, e.g. errors 3 · warnings 5 · notes 12, or that nothing was found. */
export interface SummaryCounts {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly tables: number;
  /** Findings accepted in the workbook: listed apart, not in the counts by severity. */
  readonly accepted: number;
}

export function summaryCounts(report: Report): SummaryCounts {
  const { error, warning, info } = report.summary;
  const accepted = (report.findings as readonly AcceptedReportFinding[]).filter((f) => f.accepted !== undefined).length;
  return { total: error + warning + info, bySeverity: report.summary, tables: report.tables.length, accepted };
}
