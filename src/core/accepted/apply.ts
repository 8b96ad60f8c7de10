/**
 * Marks the findings an accountant accepted. A finding is accepted only when rule, sheet, cell and both sides are
 * the same as when it was accepted: changed numbers make it a finding again. Accepted findings stay in the report
 * (shown as accepted, with the reason) and leave the counts by severity, so they do not fail a run.
 */
import type { Severity } from "../findings/finding";
import { findingKey as key } from "../findings/finding-key";
import type { Report, ReportFinding } from "../findings/report";
import type { AcceptedFinding } from "./types";

export type AcceptedReportFinding = ReportFinding & { readonly accepted?: { readonly reason: string } };

export function applyAccepted(
  report: Report,
  accepted: readonly AcceptedFinding[],
): { report: Report & { readonly findings: readonly AcceptedReportFinding[] }; accepted: number } {
  if (accepted.length === 0) return { report, accepted: 0 };
  const reasons = new Map(accepted.map((a) => [key(a), a.reason]));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let count = 0;
  const findings = report.findings.map((finding): AcceptedReportFinding => {
    const reason = reasons.get(key(finding));
    if (reason === undefined) {
      summary[finding.severity]++;
      return finding;
    }
    count++;
    return { ...finding, accepted: { reason } };
  });
  return { report: { ...report, findings, summary }, accepted: count };
}
