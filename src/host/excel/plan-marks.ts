/**
 * Decides what marking (or clearing) changes, as data, before anything is written. Rules:
 * - a cell's original fill is recorded once, the first time we paint it; a later run reuses that record, so
 *   validating twice never takes our own mark for an original;
 * - previous marks inside the run's scope that are not marked again are restored;
 * - a cell whose fill or note the user changed after we marked it keeps the user's change (it becomes theirs);
 * - we never edit or delete a note we did not add; a cell with its own note (or a threaded comment) keeps it and
 *   gets only the fill;
 * - protected sheets are left alone (Excel refuses format changes there): no new marks, earlier ones stay recorded;
 * - a mark that moved away from its recorded cell (rows or columns inserted or deleted since) is recognised by our
 *   exact colour or our note's title line and removed: no fill, since its original is unknown;
 * - Excel applies a batch up to a failing operation, so every write must leave the record able to undo it: an
 *   entry being restored stays in the record until the next run (which drops it once the cell no longer shows our
 *   mark), and a repainted cell remembers the colour and note it replaces (formerColour, formerNote).
 */
import type { Language, Severity } from "../../core";
import type { FillState } from "./fill";
import { NO_FILL } from "./fill";
import type { MarkEntry, MarkRecord } from "./mark-record";
import { canonicalCell, currentFill, currentNote, hasComment, type MarkState } from "./mark-state";
import type { MarkedSeverity } from "./mark-style";
import { isMarkedSeverity, MARK_COLOURS, markNoteText, worseSeverity } from "./mark-style";
import { fillIsOurs, key, noteIsOurs, strayMarks, type CellTarget } from "./mark-ownership";
import { REPORT_SHEET_NAME } from "./names";

/** What marking needs from a finding (a ReportFinding fits). */
export interface MarkFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
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
  // A protected sheet is out of every scope: nothing is written there, its record entries are kept.
  const inScope = (sheet: string): boolean =>
    (options.scope === "all" || options.scope.has(sheet)) && !state.protectedSheets?.has(sheet);
  const marks = groupByCell(findings, sheets);
  const previous = new Map(state.record.entries.map((e) => [key(e.sheet, e.cell), e]));

  const paint: (CellTarget & { colour: string })[] = [];
  const restore: (CellTarget & { fill: FillState })[] = [];
  const deleteNotes: CellTarget[] = [];
  const addNotes: (CellTarget & { text: string })[] = [];
  const entries: MarkEntry[] = [];
  const retired: MarkEntry[] = [];

  for (const entry of state.record.entries) {
    if (!sheets.has(entry.sheet)) continue; // the sheet is gone: nothing left to restore
    if (!inScope(entry.sheet)) {
      entries.push(entry);
      continue;
    }
    if (marks.has(key(entry.sheet, entry.cell))) continue; // handled with the new marks below
    const target = { sheet: entry.sheet, cell: entry.cell };
    const ourFill = fillIsOurs(entry, currentFill(state, entry.sheet, entry.cell));
    const ourNote = noteIsOurs(entry, currentNote(state, entry.sheet, entry.cell));
    if (ourFill) restore.push({ ...target, fill: entry.original });
    if (ourNote) deleteNotes.push(target);
    // A host without the notes API cannot remove our note: the entry stays for a host that can.
    if (!state.notes && entry.note !== undefined) entries.push(entry);
    else if (ourFill || ourNote) retired.push(entry);
  }

  const strays = strayMarks(state, previous, inScope);
  const strayFills = new Set(strays.fills.map((t) => key(t.sheet, t.cell)));
  const strayNotes = new Set(strays.notes.map((t) => key(t.sheet, t.cell)));
  for (const target of strays.fills)
    if (!marks.has(key(target.sheet, target.cell))) restore.push({ ...target, fill: NO_FILL });
  for (const target of strays.notes) if (!marks.has(key(target.sheet, target.cell))) deleteNotes.push(target);

  for (const mark of marks.values()) {
    if (!inScope(mark.sheet)) continue;
    const target = { sheet: mark.sheet, cell: mark.cell };
    const before = previous.get(key(mark.sheet, mark.cell));
    const fillNow = currentFill(state, mark.sheet, mark.cell);
    const ourFill = before !== undefined && fillIsOurs(before, fillNow);
    const strayFill = strayFills.has(key(mark.sheet, mark.cell));
    const colour = MARK_COLOURS[mark.severity];
    paint.push({ ...target, colour });
    const formerColour =
      (ourFill || strayFill) && fillNow.color?.toUpperCase() !== colour.toUpperCase() ? fillNow.color : undefined;

    let note: string | undefined;
    let formerNote: string | undefined;
    if (state.notes) {
      const text = markNoteText(mark.lines, options.language);
      const noteNow = currentNote(state, mark.sheet, mark.cell);
      const ourNote =
        (before !== undefined && noteIsOurs(before, noteNow)) || strayNotes.has(key(mark.sheet, mark.cell));
      if ((noteNow === undefined && !hasComment(state, mark.sheet, mark.cell)) || ourNote) {
        note = text;
        if (ourNote && noteNow !== text) {
          formerNote = noteNow;
          deleteNotes.push(target);
        }
        if (!ourNote || noteNow !== text) addNotes.push({ ...target, text });
      }
    }
    entries.push({
      ...target,
      original: ourFill ? before.original : strayFill ? NO_FILL : fillNow,
      markColour: colour,
      ...(formerColour !== undefined && { formerColour }),
      ...(note !== undefined ? { note } : !state.notes && before?.note !== undefined && { note: before.note }),
      ...(formerNote !== undefined && { formerNote }),
    });
  }

  // Retired entries only matter while marks remain: a clear with nothing left marked deletes the record.
  return {
    paint,
    restore,
    deleteNotes,
    addNotes,
    record: { entries: entries.length > 0 ? [...entries, ...retired] : [] },
  };
}

export type { CellTarget };
