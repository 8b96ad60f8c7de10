import { messageFor, sidesFor } from "../messages";
import type { Language } from "../messages/types";
import type { Finding, Severity } from "./finding";
import type { Report, ReportFinding, ReportTable } from "./report";

export interface ReportInput {
  readonly workbook: string;
  readonly catalog: { readonly year: number | null; readonly source: string };
  readonly tables: readonly ReportTable[];
  readonly findings: readonly Finding[];
}

/** Turns engine findings into the public report: sentences (and sides that are codes) in the chosen language, counts per severity. */
export function buildReport(input: ReportInput, language: Language): Report {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const findings = input.findings.map((finding): ReportFinding => {
    summary[finding.severity] += 1;
    const { expected, actual } = sidesFor(finding, language);
    return {
      rule: finding.rule,
      severity: finding.severity,
      sheet: finding.sheet,
      cell: finding.cell,
      message: messageFor(finding, language),
      ...(expected !== undefined && { expected }),
      ...(actual !== undefined && { actual }),
      ...(finding.difference !== undefined && { difference: finding.difference }),
      ...(finding.bound !== undefined && { bound: finding.bound }),
      ...(finding.verdict !== undefined && { verdict: finding.verdict }),
      ...(finding.stored !== undefined && { stored: finding.stored }),
      refs: finding.refs,
    };
  });
  return { workbook: input.workbook, catalog: input.catalog, tables: input.tables, summary, findings };
}
