import type { ReportFinding, Severity } from "../../core/findings";

export interface FindingFilter {
  /** Severities to show; all three by default. */
  readonly severities: ReadonlySet<Severity>;
  /** Text to look for in the message, sheet, cell or rule id (case-insensitive); blank shows everything. */
  readonly query: string;
}

export const SHOW_ALL: FindingFilter = { severities: new Set<Severity>(["error", "warning", "info"]), query: "" };

/** Whether a finding passes the filter. */
export function matchesFilter(finding: ReportFinding, filter: FindingFilter): boolean {
  if (!filter.severities.has(finding.severity)) return false;
  const query = filter.query.trim().toLowerCase();
  if (query === "") return true;
  const haystack = [finding.message, finding.sheet, finding.cell, `${finding.sheet}!${finding.cell}`, finding.rule];
  return haystack.some((text) => text.toLowerCase().includes(query));
}

/** The findings that pass, in report order. */
export function filterFindings(findings: readonly ReportFinding[], filter: FindingFilter): ReportFinding[] {
  return findings.filter((finding) => matchesFilter(finding, filter));
}
