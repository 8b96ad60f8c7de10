import type { ReportFinding, Severity } from "../../core";

export interface FindingFilter {
  /** Severities to show; all three by default. */
  readonly severities: ReadonlySet<Severity>;
  /** Text to look for in the message, sheet, cell or rule id (case-insensitive); blank shows everything. */
  readonly query: string;
}

export const SHOW_ALL: FindingFilter = { severities: new Set<Severity>(["error", "warning", "info"]), query: "" };

/** Text as searched: lower case, and amounts as the reports write them ("−1,261.65" and "-1261.65" are one number). */
function searched(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=\d),(?=\d{3})/g, "")
    .replace(/\u2212/g, "-");
}

/** Whether a finding passes the filter. */
export function matchesFilter(finding: ReportFinding, filter: FindingFilter): boolean {
  if (!filter.severities.has(finding.severity)) return false;
  const query = searched(filter.query.trim());
  if (query === "") return true;
  const haystack = [finding.message, finding.sheet, finding.cell, `${finding.sheet}!${finding.cell}`, finding.rule];
  return haystack.some((text) => searched(text).includes(query));
}

/** The findings that pass, in report order. */
export function filterFindings(findings: readonly ReportFinding[], filter: FindingFilter): ReportFinding[] {
  return findings.filter((finding) => matchesFilter(finding, filter));
}

/** The one severity the filter shows, when it shows exactly one (a count card was clicked). */
export function onlySeverity(filter: FindingFilter): Severity | undefined {
  if (filter.severities.size !== 1) return undefined;
  return [...filter.severities][0];
}

/** A count card is a filter: the first click shows only its severity, a second click shows every severity again. */
export function toggleOnly(filter: FindingFilter, severity: Severity): FindingFilter {
  const next = onlySeverity(filter) === severity ? SHOW_ALL.severities : new Set<Severity>([severity]);
  return { ...filter, severities: next };
}
