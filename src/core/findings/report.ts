/** The machine-readable report (product.md "Report format"): what `--format json` prints and the pane shows. */
import type { CellRef, Finding, Severity } from "./finding";

export interface ReportTable {
  readonly sheet: string;
  /** Which table this is ("部门支出预算表" kind id, see the engine's table kinds). */
  readonly kind: string;
  readonly range: string;
  readonly unit: string;
}

export interface ReportFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly bound?: string;
  readonly verdict?: string;
  readonly stored?: string;
  readonly refs: readonly CellRef[];
}

export interface Report {
  readonly workbook: string;
  readonly catalog: { readonly year: number | null; readonly source: string };
  readonly tables: readonly ReportTable[];
  readonly summary: Readonly<Record<Severity, number>>;
  readonly findings: readonly ReportFinding[];
}

export type { Finding };
