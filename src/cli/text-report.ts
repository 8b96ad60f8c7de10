import type { Severity, Report, ReportFinding, Language } from "../core";
import type { Paint } from "./colour";
import { CLI_STRINGS } from "./strings";
import { terminalReport } from "./terminal-safe";

const MARK: Readonly<Record<Severity, string>> = { error: "✗", warning: "!", info: "i" };

function paintSeverity(paint: Paint, severity: Severity, text: string): string {
  return severity === "error" ? paint.red(text) : severity === "warning" ? paint.yellow(text) : paint.cyan(text);
}

/** Refs shown in the text report; the rest are counted (the JSON and .xlsx reports list them all). */
const MAX_REFS = 4;

function refList(finding: ReportFinding, language: Language): string {
  const shown = finding.refs
    .slice(0, MAX_REFS)
    .map((r) => (r.sheet === finding.sheet ? r.cell : `${r.sheet}!${r.cell}`));
  const more = finding.refs.length - shown.length;
  return shown.join(", ") + (more > 0 ? CLI_STRINGS[language].moreRefs(more) : "");
}

function findingLines(finding: ReportFinding, language: Language, paint: Paint): string[] {
  const s = CLI_STRINGS[language];
  // Accepted in the workbook: shown as accepted with the reason, not as an error (issue 10).
  const accepted = (finding as { accepted?: { reason: string } }).accepted;
  const mark = accepted
    ? paint.dim(`✓ ${s.acceptedLabel}`)
    : paintSeverity(paint, finding.severity, `${MARK[finding.severity]} ${s.severity[finding.severity]}`);
  const head = `  ${mark} ${paint.bold(finding.cell)}  ${finding.message}${accepted ? `  (${accepted.reason})` : ""}  ${paint.dim(finding.rule)}`;
  const sides = [
    finding.expected !== undefined && `${s.expected} ${finding.expected}`,
    finding.actual !== undefined && `${s.actual} ${finding.actual}`,
    finding.difference !== undefined && `${s.difference} ${finding.difference}`,
    finding.bound !== undefined && `${s.bound} ${finding.bound}`,
    finding.stored !== undefined && `${s.stored} ${finding.stored}`,
    finding.refs.length > 0 && `${s.refs} ${refList(finding, language)}`,
  ].filter((part): part is string => typeof part === "string");
  return sides.length > 0 ? [head, paint.dim(`      ${sides.join("  ")}`)] : [head];
}

/** The readable report of one workbook: a heading, then the findings grouped by sheet in the engine's order. */
export function textReport(workbookReport: Report, language: Language, paint: Paint): string {
  const report = terminalReport(workbookReport); // workbook text never reaches the terminal raw
  const s = CLI_STRINGS[language];
  const lines = [
    paint.bold(report.workbook),
    `  ${s.catalog(report.catalog.year, report.catalog.source)}`,
    `  ${s.tables(report.tables.length)}`,
  ];
  const bySheet = new Map<string, ReportFinding[]>();
  for (const finding of report.findings) {
    const list = bySheet.get(finding.sheet) ?? [];
    list.push(finding);
    bySheet.set(finding.sheet, list);
  }
  for (const [sheet, findings] of bySheet) {
    lines.push("", paint.bold(sheet));
    for (const finding of findings) lines.push(...findingLines(finding, language, paint));
  }
  if (report.findings.length === 0) lines.push("", s.noFindings);
  lines.push("", `${paint.bold(report.workbook)}: ${s.counts(report.summary)}`);
  return lines.join("\n") + "\n";
}

/** A 部门 workbook's consolidation findings (issue 10), after the reports of the run: a heading, then as above. */
export function consolidationText(
  consolidated: Report,
  units: readonly string[],
  language: Language,
  paint: Paint,
): string {
  const report = terminalReport(consolidated);
  const s = CLI_STRINGS[language];
  const lines = [paint.bold(s.consolidationHeading(report.workbook, units.join("、")))];
  for (const finding of report.findings) lines.push(...findingLines(finding, language, paint));
  if (report.findings.length === 0) lines.push(`  ${s.noFindings}`);
  return lines.join("\n") + "\n";
}
