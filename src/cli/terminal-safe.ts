/**
 * The escaping step of the text report (issue #9): every string that came from a workbook, a file name or an error
 * is shown with its control characters escaped (core's escapeControls), so only our own colour codes reach a
 * terminal; and long text is cut in the middle (core's cutForDisplay, "…[+N]…"). The JSON report keeps the exact,
 * whole text (as JSON escapes).
 */
import type { Report, ReportFinding } from "../core";
import { cutForDisplay, escapeControls } from "../core";
import type { CliIo } from "./io";

/** Characters of a message shown; one of a value (expected, actual …) or a name. */
const MAX_MESSAGE = 400;
const MAX_VALUE = 120;
/** Characters of one stderr line. */
const MAX_LINE = 1000;

/** Cut, then escaped (escaping lengthens the text; cutting first keeps the count of what was cut honest). */
const shown = (text: string, max = MAX_VALUE) => escapeControls(cutForDisplay(text, max));

function finding(f: ReportFinding): ReportFinding {
  return {
    ...f,
    rule: shown(f.rule),
    sheet: shown(f.sheet),
    cell: shown(f.cell),
    message: shown(f.message, MAX_MESSAGE),
    ...(f.expected !== undefined && { expected: shown(f.expected) }),
    ...(f.actual !== undefined && { actual: shown(f.actual) }),
    ...(f.difference !== undefined && { difference: shown(f.difference) }),
    ...(f.bound !== undefined && { bound: shown(f.bound) }),
    ...(f.stored !== undefined && { stored: shown(f.stored) }),
    refs: f.refs.map((r) => ({ sheet: shown(r.sheet), cell: shown(r.cell) })),
  };
}

/** A copy of the report fit for a terminal: every string with its control characters escaped. */
export function terminalReport(report: Report): Report {
  return {
    ...report,
    workbook: shown(report.workbook, MAX_MESSAGE),
    catalog: { ...report.catalog, source: shown(report.catalog.source, MAX_MESSAGE) },
    tables: report.tables.map((t) => ({
      sheet: shown(t.sheet),
      kind: shown(t.kind),
      range: shown(t.range),
      unit: shown(t.unit),
    })),
    findings: report.findings.map(finding),
  };
}

/**
 * Our stderr lines name files and quote errors: each line cut and escaped, the line breaks kept. The progress
 * line's own sequences go through `control`, unescaped.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stderr: {
      ...(io.stderr.isTTY !== undefined && { isTTY: io.stderr.isTTY }),
      control: (text: string) => io.stderr.write(text),
      write: (text: string) =>
        io.stderr.write(
          text
            .split("\n")
            .map((line) => shown(line, MAX_LINE))
            .join("\n"),
        ),
    },
  };
}
