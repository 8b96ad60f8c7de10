/**
 * The escaping step of the text report (issue #9): every string that came from a workbook, a file name or an error
 * is shown with its control characters escaped (core's escapeControls), so only our own colour codes reach a
 * terminal. The JSON report keeps the exact text (as JSON escapes).
 */
import type { Report, ReportFinding } from "../core/findings/report";
import { escapeControls } from "../core/text";
import type { CliIo } from "./io";

function finding(f: ReportFinding): ReportFinding {
  return {
    ...f,
    rule: escapeControls(f.rule),
    sheet: escapeControls(f.sheet),
    cell: escapeControls(f.cell),
    message: escapeControls(f.message),
    ...(f.expected !== undefined && { expected: escapeControls(f.expected) }),
    ...(f.actual !== undefined && { actual: escapeControls(f.actual) }),
    ...(f.difference !== undefined && { difference: escapeControls(f.difference) }),
    ...(f.bound !== undefined && { bound: escapeControls(f.bound) }),
    ...(f.stored !== undefined && { stored: escapeControls(f.stored) }),
    refs: f.refs.map((r) => ({ sheet: escapeControls(r.sheet), cell: escapeControls(r.cell) })),
  };
}

/** A copy of the report fit for a terminal: every string with its control characters escaped. */
export function terminalReport(report: Report): Report {
  return {
    ...report,
    workbook: escapeControls(report.workbook),
    catalog: { ...report.catalog, source: escapeControls(report.catalog.source) },
    tables: report.tables.map((t) => ({
      sheet: escapeControls(t.sheet),
      kind: escapeControls(t.kind),
      range: escapeControls(t.range),
      unit: escapeControls(t.unit),
    })),
    findings: report.findings.map(finding),
  };
}

/** Our stderr lines name files and quote errors: each line escaped, the line breaks kept. */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stderr: { write: (text: string) => io.stderr.write(text.split("\n").map(escapeControls).join("\n")) },
  };
}
