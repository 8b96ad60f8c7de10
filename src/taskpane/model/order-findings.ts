import type { ReportFinding } from "../../core";
import { SEVERITIES, parseAddress } from "../../core";
import type { IndexedFinding, SeverityGroup } from "./group-findings";

/**
 * The pane's default order: errors, then warnings, then notes; within a severity by sheet (workbook order, a sheet
 * the order does not know after the known ones) and then by cell (row, then column). Findings on the same cell keep
 * the report's order. `include` filters without losing each finding's report index.
 */
export function orderBySeverity(
  findings: readonly ReportFinding[],
  sheetOrder: readonly string[] = [],
  include: (finding: ReportFinding) => boolean = () => true,
): SeverityGroup[] {
  const rankOf = new Map<string, number>();
  sheetOrder.forEach((sheet, i) => rankOf.has(sheet) || rankOf.set(sheet, i));
  const keyed = findings.flatMap((finding, index) => {
    if (!include(finding)) return [];
    if (!rankOf.has(finding.sheet)) rankOf.set(finding.sheet, sheetOrder.length + rankOf.size);
    const at = parseAddress(finding.cell) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
    return [{ item: { index, finding } as IndexedFinding, sheet: rankOf.get(finding.sheet)!, at }];
  });
  // Array.prototype.sort is stable: findings on one cell stay in report order.
  keyed.sort((a, b) => a.sheet - b.sheet || a.at.row - b.at.row || a.at.col - b.at.col);
  return SEVERITIES.map((severity) => ({
    severity,
    findings: keyed.filter((k) => k.item.finding.severity === severity).map((k) => k.item),
  })).filter((group) => group.findings.length > 0);
}
