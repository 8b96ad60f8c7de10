/**
 * The record of marks, kept in the workbook as one custom XML part (namespace MARKS_XML_NAMESPACE): for each cell
 * we painted, its original fill, the colour we used, and the note we added (if any). It travels with the file, is
 * invisible to users and to the engine (not a sheet), and needs no new sheet (which protected structure forbids).
 */
import type { FillState } from "./fill";
import { normaliseFill } from "./fill";
import { MARKS_XML_NAMESPACE } from "./names";

export interface MarkEntry {
  readonly sheet: string;
  readonly cell: string;
  /** The fill the cell had before we first painted it. */
  readonly original: FillState;
  /** The colour we painted; a cell that no longer shows it was changed by the user and is left alone. */
  readonly markColour: string;
  /** The note text we added; undefined when the cell already had a note of its own, which we never touch. */
  readonly note?: string;
  /** Our earlier colour and note this run replaces: still ours if the batch stopped before replacing them. */
  readonly formerColour?: string;
  readonly formerNote?: string;
}

export interface MarkRecord {
  readonly entries: readonly MarkEntry[];
}

export const EMPTY_RECORD: MarkRecord = { entries: [] };

const RECORD_VERSION = 1;

function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

/** The XML of a record: the entries as JSON text inside one root element (JSON escapes control characters). */
export function encodeMarkRecord(record: MarkRecord): string {
  const json = JSON.stringify({ version: RECORD_VERSION, entries: record.entries });
  return `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_XML_NAMESPACE}">${escapeXmlText(json)}</marks>`;
}

function readEntry(raw: unknown): MarkEntry | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const e = raw as Record<string, unknown>;
  if (typeof e.sheet !== "string" || typeof e.cell !== "string" || typeof e.markColour !== "string") return undefined;
  if (typeof e.original !== "object" || e.original === null) return undefined;
  return {
    sheet: e.sheet,
    cell: e.cell,
    original: normaliseFill(e.original as Partial<FillState>),
    markColour: e.markColour,
    ...(typeof e.note === "string" && { note: e.note }),
    ...(typeof e.formerColour === "string" && { formerColour: e.formerColour }),
    ...(typeof e.formerNote === "string" && { formerNote: e.formerNote }),
  };
}

/**
 * Reads a record back. Whatever Excel did to the XML around it (prefixes, declaration, entities) is tolerated;
 * a part that is not ours or is damaged reads as empty, since nothing in it can be restored reliably.
 */
export function decodeMarkRecord(xml: string): MarkRecord {
  const match = /<(?:[\w.-]+:)?marks\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?marks>/.exec(xml);
  if (!match) return EMPTY_RECORD;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXmlText(match[1]!));
  } catch {
    return EMPTY_RECORD;
  }
  const entries = (parsed as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return EMPTY_RECORD;
  return { entries: entries.map(readEntry).filter((e): e is MarkEntry => e !== undefined) };
}
