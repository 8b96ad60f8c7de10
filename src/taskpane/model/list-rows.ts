import type { Severity } from "../../core";
import type { IndexedFinding, SeverityGroup, SheetGroup } from "./group-findings";

/** One line of the findings list: a table heading, a severity heading, or a finding. */
export type ListRow =
  | {
      readonly kind: "sheet";
      readonly key: string;
      readonly sheet: string;
      readonly counts: Readonly<Record<Severity, number>>;
      readonly collapsed: boolean;
    }
  | {
      readonly kind: "severity";
      readonly key: string;
      readonly sheet: string;
      readonly severity: Severity;
      readonly count: number;
    }
  | { readonly kind: "finding"; readonly key: string; readonly item: IndexedFinding }
  /** The heading of the accepted findings, after all the others. */
  | { readonly kind: "accepted"; readonly key: string; readonly count: number };

/** Flattens groups into the rows the list renders; a collapsed table shows only its heading. */
export function listRows(groups: readonly SheetGroup[], collapsed: ReadonlySet<string> = new Set()): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    const isCollapsed = collapsed.has(group.sheet);
    rows.push({
      kind: "sheet",
      key: `s:${group.sheet}`,
      sheet: group.sheet,
      counts: group.counts,
      collapsed: isCollapsed,
    });
    if (isCollapsed) continue;
    for (const severityGroup of group.severities) {
      rows.push({
        kind: "severity",
        key: `v:${group.sheet}:${severityGroup.severity}`,
        sheet: group.sheet,
        severity: severityGroup.severity,
        count: severityGroup.findings.length,
      });
      for (const item of severityGroup.findings) rows.push({ kind: "finding", key: `f:${item.index}`, item });
    }
  }
  return rows;
}

/** The default list: a heading per severity, then its findings (each shows its sheet, there being no sheet heading). */
export function severityRows(groups: readonly SeverityGroup[]): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    rows.push({
      kind: "severity",
      key: `v:${group.severity}`,
      sheet: "",
      severity: group.severity,
      count: group.findings.length,
    });
    for (const item of group.findings) rows.push({ kind: "finding", key: `f:${item.index}`, item });
  }
  return rows;
}
