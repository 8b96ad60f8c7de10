/**
 * Accepted findings in the list: they leave their severity (an accepted error is no longer an error) and follow the
 * others under their own heading, in the default order, each with its reason.
 */
import type { AcceptedReportFinding, ReportFinding } from "../../core";
import type { ListRow } from "./list-rows";
import { orderBySeverity } from "./order-findings";

export function isAccepted(finding: ReportFinding): boolean {
  return (finding as AcceptedReportFinding).accepted !== undefined;
}

/** The heading and the accepted findings that pass `include`, or no rows when there is none. */
export function acceptedRows(
  findings: readonly ReportFinding[],
  sheetOrder: readonly string[],
  include: (finding: ReportFinding) => boolean = () => true,
): ListRow[] {
  const items = orderBySeverity(findings, sheetOrder, (f) => isAccepted(f) && include(f)).flatMap((g) => g.findings);
  if (items.length === 0) return [];
  return [
    { kind: "accepted", key: "accepted", count: items.length },
    ...items.map((item): ListRow => ({ kind: "finding", key: `f:${item.index}`, item })),
  ];
}
