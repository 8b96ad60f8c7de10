import type { Report, Severity } from "../../core";

/** The words of the summary line, e.g. errors 3 · warnings 5 · notes 12, or that nothing was found. */
export interface SummaryCounts {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly tables: number;
}

export function summaryCounts(report: Report): SummaryCounts {
  const { error, warning, info } = report.summary;
  return { total: error + warning + info, bySeverity: report.summary, tables: report.tables.length };
}
