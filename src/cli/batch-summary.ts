/** The closing lines of a batch: the text summary (path order) and the last NDJSON line. */
import type { Severity, Language } from "../core";
import { escapeControls } from "../core";
import type { Paint } from "./colour";
import type { SkippedFile } from "./discover";
import type { SummaryRow } from "./file-job";
import { CLI_STRINGS } from "./strings";

export interface BatchTotals {
  readonly files: number;
  readonly checked: number;
  readonly unreadable: number;
  readonly skipped: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly accepted: number;
  /** Findings left out because --baseline already had them (undefined without --baseline). */
  readonly unchanged?: number;
  /** Files with at least one error finding. */
  readonly filesWithErrors: number;
}

/** Adds up the summary rows (all a run keeps of each file). */
export function totalsOf(rows: readonly SummaryRow[], skipped: number): BatchTotals {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let accepted = 0;
  let filesWithErrors = 0;
  let unchanged: number | undefined;
  for (const row of rows) {
    if (row.unchanged !== undefined) unchanged = (unchanged ?? 0) + row.unchanged;
    if (row.unreadable !== undefined) unreadable++;
    counts.error += row.counts.error;
    counts.warning += row.counts.warning;
    counts.info += row.counts.info;
    accepted += row.accepted;
    if (row.counts.error > 0) filesWithErrors++;
  }
  return {
    files: rows.length,
    checked: rows.length - unreadable,
    unreadable,
    skipped,
    counts,
    accepted,
    ...(unchanged !== undefined && { unchanged }),
    filesWithErrors,
  };
}

/** One line per file in path order (its path, its counts or why it could not be read), skipped files, the totals. */
export function batchSummaryText(
  rows: readonly SummaryRow[],
  skipped: readonly SkippedFile[],
  language: Language,
  paint: Paint,
): string {
  const s = CLI_STRINGS[language];
  const totals = totalsOf(rows, skipped.length);
  const lines = ["", paint.bold(s.batchTotals(totals.files, totals.unreadable, totals.skipped))];
  for (const row of rows) {
    if (row.unreadable !== undefined) lines.push(paint.red(`  ${escapeControls(row.file)}: ${s.unreadableLine}`));
    else {
      const line = `  ${escapeControls(row.file)}: ${s.counts(row.counts)}`;
      lines.push(row.counts.error > 0 ? paint.red(line) : line);
    }
  }
  for (const skip of skipped) lines.push(paint.dim(`  ${escapeControls(skip.file)}: ${s.skippedLine}`));
  lines.push(paint.bold(`  Σ ${s.counts(totals.counts)}`));
  return lines.join("\n") + "\n";
}

/** The last NDJSON line: the totals and the exit status the run ends with. */
export function summaryLine(totals: BatchTotals, exit: number): string {
  return JSON.stringify({
    kind: "summary",
    files: totals.files,
    checked: totals.checked,
    unreadable: totals.unreadable,
    skipped: totals.skipped,
    error: totals.counts.error,
    warning: totals.counts.warning,
    info: totals.counts.info,
    accepted: totals.accepted,
    ...(totals.unchanged !== undefined && { unchanged: totals.unchanged }),
    filesWithErrors: totals.filesWithErrors,
    exit,
  });
}
