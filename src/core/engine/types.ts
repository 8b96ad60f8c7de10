/** What the engine takes and gives. Every surface (ribbon, pane, command line, tests) calls it the same way. */
import type { Catalog } from "../catalog/types";
import type { ConsolidationFacts } from "../consolidate/types";
import type { Finding } from "../findings/finding";
import type { ReportTable } from "../findings/report";

/** The three table sets of domain.md, or let the engine decide from titles and headers. */
export type Profile = "auto" | "henan" | "shanghai" | "national";

export interface CheckOptions {
  /** Catalog to check codes against; defaults to the bundled catalog of the workbook's year. */
  readonly catalog?: Catalog;
  /** Budget year; defaults to the year in the titles. */
  readonly year?: number;
  readonly profile?: Profile;
  /**
   * User tolerance (decimal string, in the unit of the cell judged): differences up to it are warnings instead of
   * errors. It never hides a difference (domain.md "Rounding").
   */
  readonly tolerance?: string;
  /** Report findings only on these sheets (校验本表); cross-table checks still read every sheet. */
  readonly onlySheets?: readonly string[];
  /** Keep the figures the 部门 + 单位 consolidation compares (a batch run): CheckResult.consolidation. */
  readonly consolidation?: boolean;
}

export interface CheckResult {
  /** The year used (from options or titles), null when none could be found. */
  readonly year: number | null;
  /** Recognised tables with their kind, range and unit. */
  readonly tables: readonly ReportTable[];
  /** Findings sorted by table kind, sheet name, row, column, rule: never by workbook order. */
  readonly findings: readonly Finding[];
  /** The catalog codes were checked against (the report names it: product.md "Report format"). */
  readonly catalog: { readonly year: number; readonly source: string };
  /** With options.consolidation: what the consolidation of a 部门 with its units needs of this workbook. */
  readonly consolidation?: ConsolidationFacts;
}
