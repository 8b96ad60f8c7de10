/**
 * Accepting and un-accepting findings, as data: the list stored in the workbook changes, and the report shown is
 * the engine's report with that list applied again (so counts and the accepted flags always agree with the list).
 */
import type { AcceptedFinding, AcceptedReportFinding, Report, ReportFinding } from "../core";
import { applyAccepted } from "../core";

type Sides = Pick<ReportFinding, "rule" | "sheet" | "cell" | "expected" | "actual">;

const sameFinding = (a: Sides, b: Sides): boolean =>
  a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell && a.expected === b.expected && a.actual === b.actual;

/** The acceptance of a finding: its rule, cell and both sides, so it lapses when the numbers change. */
export function acceptanceOf(finding: ReportFinding, reason: string, at: Date): AcceptedFinding {
  return {
    rule: finding.rule,
    sheet: finding.sheet,
    cell: finding.cell,
    ...(finding.expected !== undefined && { expected: finding.expected }),
    ...(finding.actual !== undefined && { actual: finding.actual }),
    reason,
    at: at.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

/** The list with a finding accepted (an earlier acceptance of the same finding is replaced). */
export function withAcceptance(list: readonly AcceptedFinding[], entry: AcceptedFinding): AcceptedFinding[] {
  return [...list.filter((a) => !sameFinding(a, entry)), entry];
}

/** The list without the finding's acceptance. */
export function withoutAcceptance(list: readonly AcceptedFinding[], finding: Sides): AcceptedFinding[] {
  return list.filter((a) => !sameFinding(a, finding));
}

/** The report with `list` applied afresh: earlier accepted flags dropped, counts recomputed. */
export function reapplyAccepted(report: Report, list: readonly AcceptedFinding[]): Report {
  const findings = (report.findings as readonly AcceptedReportFinding[]).map((f) => {
    if (f.accepted === undefined) return f;
    const { accepted: _, ...plain } = f;
    return plain;
  });
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return applyAccepted({ ...report, findings, summary }, list).report;
}
