/** A report's findings as the rows of the report workbook's findings sheet: plain data, cheap to pass between threads. */
import type { Severity, Report } from "../../../core";
import { quoteSheet } from "./links";

export interface FindingRow {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** The unit of the table the cell belongs to (元, 万元), "" when the sheet holds no recognised table. */
  readonly unit: string;
  /** Amounts as the report gives them: exact decimal strings; the writer turns them into numbers. */
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly bound?: string;
  /** The other cells, "'Sheet'!F6, …". */
  readonly refs: string;
  /** The accountant's reason when the finding was accepted in the workbook. */
  readonly accepted?: string;
}

export function findingRows(report: Report): FindingRow[] {
  type Marked = Report["findings"][number] & { readonly accepted?: { readonly reason: string } };
  const unitOf = new Map<string, string>();
  for (const table of report.tables) if (!unitOf.has(table.sheet)) unitOf.set(table.sheet, table.unit);
  return (report.findings as readonly Marked[]).map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    unit: unitOf.get(f.sheet) ?? "",
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(f.actual !== undefined && { actual: f.actual }),
    ...(f.difference !== undefined && { difference: f.difference }),
    ...(f.bound !== undefined && { bound: f.bound }),
    refs: f.refs.map((ref) => `${quoteSheet(ref.sheet)}!${ref.cell}`).join(", "),
    ...(f.accepted !== undefined && { accepted: f.accepted.reason }),
  }));
}
