/**
 * The one entry point of the core for every face (command line, Excel host, pane): a workbook snapshot and the
 * options in, the engine's result and its public report out. Faces call this and nothing below it.
 */
// Through the engine's index, so a test that replaces the engine module replaces what every face runs.
import { checkWorkbook, reportInputOf, type CheckOptions, type CheckResult } from "./engine";
import { buildReport, type ReportInput } from "./findings/build-report";
import type { Report } from "./findings/report";
import type { WorkbookSnapshot } from "./grid/snapshot";
import type { Language } from "./messages/types";

/** The engine as `check` runs it: tests of the hosts pass one with known findings. */
export type Engine = (snapshot: WorkbookSnapshot, options?: CheckOptions) => CheckResult;

export interface CheckOutcome {
  /** Year, recognised tables, sorted findings and the catalog used, as the engine gives them. */
  readonly result: CheckResult;
  /** The result named by its workbook: what the report is built from (the pane keeps the findings behind its list). */
  readonly input: ReportInput;
  /** The public report in a language (product.md "Report format"); the same findings in any language. */
  readonly report: (language: Language) => Report;
}

/**
 * Checks a workbook snapshot. Pure: the snapshot is never modified. Throws only on programmer misuse (a malformed
 * tolerance) or an engine bug; expected problems are findings.
 */
export function check(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
  engine: Engine = checkWorkbook,
): CheckOutcome {
  const result = engine(snapshot, options);
  const input = reportInputOf(snapshot.name, result);
  return { result, input, report: (language) => buildReport(input, language) };
}
