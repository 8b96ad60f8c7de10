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
  /**
   * Set when reading found something unexpected and ignored it (issue #9): the whole part (`whole`), or this many
   * entries. Never written back: the next record holds only valid entries.
   */
  readonly ignored?: { readonly whole: boolean; readonly entries: number };
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

/** Limits of the schema: what Excel itself allows (sheet names, note text), and colour codes as we write them. */
const MAX_SHEET_NAME = 31;
const MAX_NOTE = 32_767;
const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const PATTERN = /^[A-Za-z0-9]{1,40}$/;
const ENTRY_KEYS = new Set(["sheet", "cell", "original", "markColour", "note", "formerColour", "formerNote"]);
const FILL_KEYS = new Set(["pattern", "color", "patternColor", "tintAndShade", "patternTintAndShade"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const optional = (value: unknown, valid: (v: unknown) => boolean) => value === undefined || valid(value);
const isColour = (v: unknown) => typeof v === "string" && COLOUR.test(v);
const isNote = (v: unknown) => typeof v === "string" && v.length <= MAX_NOTE;
const isTint = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= -1 && v <= 1;

/** A fill as we record it (fill.ts), nothing else. */
function isFill(raw: unknown): raw is Partial<FillState> {
  if (!isPlainObject(raw) || Object.keys(raw).some((k) => !FILL_KEYS.has(k))) return false;
  return (
    typeof raw.pattern === "string" &&
    PATTERN.test(raw.pattern) &&
    optional(raw.color, isColour) &&
    optional(raw.patternColor, isColour) &&
    optional(raw.tintAndShade, isTint) &&
    optional(raw.patternTintAndShade, isTint)
  );
}

/** One entry checked against the schema: every field of the right type and form, no field we never write. */
function readEntry(raw: unknown): MarkEntry | undefined {
  if (!isPlainObject(raw) || Object.keys(raw).some((k) => !ENTRY_KEYS.has(k))) return undefined;
  const { sheet, cell, original, markColour, note, formerColour, formerNote } = raw;
  if (typeof sheet !== "string" || sheet.length === 0 || sheet.length > MAX_SHEET_NAME) return undefined;
  if (typeof cell !== "string" || !CELL.test(cell) || !isColour(markColour) || !isFill(original)) return undefined;
  if (!optional(note, isNote) || !optional(formerColour, isColour) || !optional(formerNote, isNote)) return undefined;
  return {
    sheet,
    cell,
    original: normaliseFill(original),
    markColour: markColour as string,
    ...(typeof note === "string" && { note }),
    ...(typeof formerColour === "string" && { formerColour }),
    ...(typeof formerNote === "string" && { formerNote }),
  };
}

/** `<marks …>` or `<prefix:marks …>` at `at`, sticky; the prefix run stops at the next non-name character. */
const OPEN_TAG = /<(?:([\w.-]+):)?marks(?=[\s>/])/y;

/**
 * The text between our root element's tags, found in one pass (no backtracking regular expression: a crafted
 * record of tens of kilobytes must not take seconds); undefined when there is no such element.
 */
function recordBody(xml: string): string | undefined {
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    OPEN_TAG.lastIndex = at;
    const open = OPEN_TAG.exec(xml);
    if (!open) continue;
    const start = xml.indexOf(">", OPEN_TAG.lastIndex);
    if (start < 0 || xml[start - 1] === "/") return undefined; // cut off, or an empty <marks/>
    const close = xml.indexOf(`</${open[1] !== undefined ? `${open[1]}:` : ""}marks`, start + 1);
    return close < 0 ? undefined : xml.slice(start + 1, close);
  }
  return undefined;
}

/** A part in our namespace whose content we cannot use: ignored whole, and the pane can say so. */
const IGNORED_RECORD: MarkRecord = { entries: [], ignored: { whole: true, entries: 0 } };

/**
 * Reads a record back, checked against its schema. Whatever Excel did to the XML around it (prefixes, declaration,
 * entities) is tolerated. Anything unexpected is ignored and counted in `ignored` (so the pane can say so): a part
 * that is not a record, damaged JSON, another version, entries that are not ours or repeat a cell.
 */
export function decodeMarkRecord(xml: string): MarkRecord {
  const body = recordBody(xml);
  if (body === undefined) return IGNORED_RECORD;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXmlText(body));
  } catch {
    return IGNORED_RECORD;
  }
  if (!isPlainObject(parsed) || !Array.isArray(parsed.entries)) return IGNORED_RECORD;
  if (parsed.version !== undefined && parsed.version !== RECORD_VERSION) return IGNORED_RECORD;
  const entries: MarkEntry[] = [];
  const seen = new Set<string>();
  for (const raw of parsed.entries as unknown[]) {
    const entry = readEntry(raw);
    const key = entry && `${entry.sheet}\u0000${entry.cell}`;
    if (entry && !seen.has(key!)) {
      seen.add(key!);
      entries.push(entry);
    }
  }
  const ignored = parsed.entries.length - entries.length;
  return ignored > 0 ? { entries, ignored: { whole: false, entries: ignored } } : { entries };
}
