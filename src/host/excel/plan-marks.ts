/**
 * Decides what marking (or clearing) changes, as data, before anything is written. Rules:
 * - a cell's original fill is recorded once, the first time we paint it; a later run reuses that record, so
 *   validating twice never takes our own mark for an original;
 * - previous marks inside the run's scope that are not marked again are restored;
 * - a cell whose fill or note the user changed after we marked it keeps the user's change (it becomes theirs);
 * - we never edit or delete a note we did not add; a cell with its own note keeps it and gets only the fill.
 */
import type { Language } from "../../core/messages/types";
import type { FillState } from "./fill";
import { showsMarkColour } from "./fill";
import type { MarkEntry, MarkRecord } from "./mark-record";
import { canonicalCell, currentFill, currentNote, type MarkState } from "./mark-state";
import type { MarkedSeverity } from "./mark-style";
import { isMarkedSeverity, MARK_COLOURS, markNoteText, worseSeverity } from "./mark-style";
import type { Severity } from "../../core/findings/finding";
import { REPORT_SHEET_NAME } from "./names";

/** What marking needs from a finding (a ReportFinding fits). */
export interface MarkFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface CellTarget {
  readonly sheet: string;
  readonly cell: string;
}

export interface MarkPlan {
  readonly paint: readonly (CellTarget & { readonly colour: string })[];
  readonly restore: readonly (CellTarget & { readonly fill: FillState })[];
  readonly deleteNotes: readonly CellTarget[];
  readonly addNotes: readonly (CellTarget & { readonly text: string })[];
  readonly record: MarkRecord;
}

export interface PlanOptions {
  /** Sheets whose earlier marks this run replaces: every sheet for 校验全部 and 清除标记, the active one for 校验本表. */
  readonly scope: ReadonlySet<string> | "all";
  readonly language: Language;
}

const key = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  severity: MarkedSeverity;
  readonly lines: { severity: MarkedSeverity; message: string }[];
}

function groupByCell(findings: readonly MarkFinding[], sheets: ReadonlySet<string>): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    const cell = canonicalCell(finding.cell);
    const { severity, sheet } = finding;
    if (!isMarkedSeverity(severity) || !cell || !sheets.has(sheet) || sheet === REPORT_SHEET_NAME) continue;
    const existing = marks.get(key(sheet, cell));
    if (existing) {
      existing.severity = worseSeverity(existing.severity, severity);
      existing.lines.push({ severity, message: finding.message });
    } else {
      marks.set(key(sheet, cell), { sheet, cell, severity, lines: [{ severity, message: finding.message }] });
    }
  }
  return marks;
}

export function planMarks(findings: readonly MarkFinding[], state: MarkState, options: PlanOptions): MarkPlan {
  const sheets = new Set(state.sheets);
  const inScope = (sheet: string): boolean => options.scope === "all" || options.scope.has(sheet);
  const marks = groupByCell(findings, sheets);
  const previous = new Map(state.record.entries.map((e) => [key(e.sheet, e.cell), e]));

  const paint: (CellTarget & { colour: string })[] = [];
  const restore: (CellTarget & { fill: FillState })[] = [];
  const deleteNotes: CellTarget[] = [];
  const addNotes: (CellTarget & { text: string })[] = [];
  const entries: MarkEntry[] = [];

  for (const entry of state.record.entries) {
    if (!sheets.has(entry.sheet)) continue; // the sheet is gone: nothing left to restore
    if (!inScope(entry.sheet)) {
      entries.push(entry);
      continue;
    }
    if (marks.has(key(entry.sheet, entry.cell))) continue; // handled with the new marks below
    const target = { sheet: entry.sheet, cell: entry.cell };
    if (showsMarkColour(currentFill(state, entry.sheet, entry.cell), entry.markColour))
      restore.push({ ...target, fill: entry.original });
    if (entry.note !== undefined && currentNote(state, entry.sheet, entry.cell) === entry.note)
      deleteNotes.push(target);
  }

  for (const mark of marks.values()) {
    if (!inScope(mark.sheet)) continue;
    const target = { sheet: mark.sheet, cell: mark.cell };
    const before = previous.get(key(mark.sheet, mark.cell));
    const fillNow = currentFill(state, mark.sheet, mark.cell);
    const stillOurFill = before !== undefined && showsMarkColour(fillNow, before.markColour);
    const colour = MARK_COLOURS[mark.severity];
    paint.push({ ...target, colour });

    let note: string | undefined;
    if (state.notes) {
      const text = markNoteText(mark.lines, options.language);
      const noteNow = currentNote(state, mark.sheet, mark.cell);
      const ourNote = before?.note !== undefined && noteNow === before.note;
      if (noteNow === undefined || ourNote) {
        note = text;
        if (ourNote && noteNow !== text) deleteNotes.push(target);
        if (!ourNote || noteNow !== text) addNotes.push({ ...target, text });
      }
    }
    entries.push({
      ...target,
      original: stillOurFill ? before.original : fillNow,
      markColour: colour,
      ...(note !== undefined && { note }),
    });
  }

  return { paint, restore, deleteNotes, addNotes, record: { entries } };
}
