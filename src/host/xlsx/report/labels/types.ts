import type { Severity } from "../../../../core";

/** One heading per column of the summary sheet, in order. */
export type SummaryHeaders = readonly [
  workbook: string,
  body: string,
  year: string,
  errors: string,
  warnings: string,
  info: string,
  accepted: string,
  tables: string,
  status: string,
  file: string,
];

/** One heading per column of a findings sheet, in order. */
export type FindingsHeaders = readonly [
  workbook: string,
  sheet: string,
  cell: string,
  severity: string,
  rule: string,
  message: string,
  unit: string,
  expected: string,
  actual: string,
  difference: string,
  bound: string,
  refs: string,
];

/**
 * The report workbook's own words: sheet names, headings, severity names. Typed as a whole, so a language missing
 * a label does not compile. Finding messages come from the core's message files; names read from the checked
 * workbooks (tables, units, bodies) are printed as they are.
 */
export interface ReportLabels {
  readonly summarySheet: string;
  readonly findingsSheet: string;
  /** The name of the n-th findings sheet past Excel's row limit (n ≥ 2). */
  readonly findingsSheetPart: (n: number) => string;
  readonly notesSheet: string;
  readonly summaryHeaders: SummaryHeaders;
  readonly findingsHeaders: FindingsHeaders;
  readonly notesHeaders: readonly [note: string];
  readonly severity: Readonly<Record<Severity, string>>;
  /** The status of a workbook that was read and checked. */
  readonly checked: string;
  /** The severity cell of an accepted finding. */
  readonly accepted: string;
}
