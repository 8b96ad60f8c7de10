import type { ReportFinding, Severity } from "../../core";
import { SEVERITIES } from "../../core";

/** A finding with its position in the report, so a row keeps a stable key and identity after grouping. */
export interface IndexedFinding {
  readonly index: number;
  readonly finding: ReportFinding;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly IndexedFinding[];
}

/** One table (sheet) with its findings by severity, errors first; empty severities are left out. */
export interface SheetGroup {
  readonly sheet: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly severities: readonly SeverityGroup[];
}

/**
 * Groups findings by sheet and then severity. Sheets come in workbook order (`sheetOrder`); a sheet the order
 * does not know (a finding on a sheet added since) follows in order of first appearance. Within a severity the
 * report's order (row, column, rule) is kept. `include` filters without losing each finding's report index.
 */
export function groupFindings(
  findings: readonly ReportFinding[],
  sheetOrder: readonly string[] = [],
  include: (finding: ReportFinding) => boolean = () => true,
): SheetGroup[] {
  const bySheet = new Map<string, Map<Severity, IndexedFinding[]>>();
  findings.forEach((finding, index) => {
    if (!include(finding)) return;
    let severities = bySheet.get(finding.sheet);
    if (!severities) {
      severities = new Map();
      bySheet.set(finding.sheet, severities);
    }
    const list = severities.get(finding.severity) ?? [];
    list.push({ index, finding });
    severities.set(finding.severity, list);
  });
  const rank = (sheet: string): number => {
    const position = sheetOrder.indexOf(sheet);
    return position === -1 ? sheetOrder.length : position;
  };
  // Array.prototype.sort is stable, so unknown sheets keep their order of first appearance.
  const sheets = [...bySheet.keys()].sort((a, b) => rank(a) - rank(b));
  return sheets.map((sheet) => {
    const severities = bySheet.get(sheet)!;
    const groups = SEVERITIES.filter((s) => severities.has(s)).map((severity) => ({
      severity,
      findings: severities.get(severity)!,
    }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const group of groups) counts[group.severity] = group.findings.length;
    return { sheet, counts, severities: groups };
  });
}
