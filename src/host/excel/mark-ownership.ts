/** Which fills and notes are ours: recorded marks, and marks that moved away from their recorded cell. */
import { cellAddress } from "../../core";
import type { FillState } from "./fill";
import { showsMarkColour } from "./fill";
import type { MarkEntry } from "./mark-record";
import type { MarkState } from "./mark-state";
import { isMarkNoteText, MARK_COLOURS } from "./mark-style";

export interface CellTarget {
  readonly sheet: string;
  readonly cell: string;
}

/** Map key of a sheet's cell. */
export const key = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

/** Whether the cell still shows our paint: this run's colour, or the one it replaces if that write never happened. */
export function fillIsOurs(entry: MarkEntry, fill: FillState): boolean {
  return (
    showsMarkColour(fill, entry.markColour) ||
    (entry.formerColour !== undefined && showsMarkColour(fill, entry.formerColour))
  );
}

export function noteIsOurs(entry: MarkEntry, note: string | undefined): boolean {
  return note !== undefined && (note === entry.note || note === entry.formerNote);
}

const OUR_COLOURS = Object.values(MARK_COLOURS);

function showsAnyMarkColour(fill: FillState): boolean {
  return OUR_COLOURS.some((colour) => showsMarkColour(fill, colour));
}

/**
 * Cells showing our colour or our note that their record entry (if any) does not account for: marks moved there
 * by inserted or deleted rows or columns.
 */
export function strayMarks(
  state: MarkState,
  previous: ReadonlyMap<string, MarkEntry>,
  inScope: (sheet: string) => boolean,
) {
  const fills: CellTarget[] = [];
  const notes: CellTarget[] = [];
  for (const [sheet, sheetFills] of state.fills) {
    if (!inScope(sheet)) continue;
    sheetFills.fills.forEach((row, r) =>
      row.forEach((fill, c) => {
        if (!showsAnyMarkColour(fill)) return;
        const cell = cellAddress(sheetFills.top + r, sheetFills.left + c);
        const entry = previous.get(key(sheet, cell));
        if (!(entry && fillIsOurs(entry, fill))) fills.push({ sheet, cell });
      }),
    );
  }
  for (const [sheet, sheetNotes] of state.notes ?? []) {
    if (!inScope(sheet)) continue;
    for (const [cell, text] of sheetNotes) {
      const entry = previous.get(key(sheet, cell));
      if (isMarkNoteText(text) && !(entry && noteIsOurs(entry, text))) notes.push({ sheet, cell });
    }
  }
  return { fills, notes };
}
