import type { Finding, ReportFinding } from "../../core";
import { asHeld } from "./as-held";
import { cutText, showControls } from "./visible-text";

/** A run of a finding's sentence: the tool's own words, or text from the workbook (or an official name) kept as is. */
export interface MessagePart {
  readonly text: string;
  readonly content: boolean;
}

/** Official terms the sentences quote in Chinese in every language (the wording the text must use). */
const OFFICIAL_TERMS = ["无可比性"];

/** What the sentence quotes: text between quotes of either script. */
const QUOTED = /"([^"]+)"|「([^」]+)」|“([^”]+)”/g;

const LETTER = /\p{L}/u;
/** A cell address is the tool's own way of pointing, not workbook text. */
const ADDRESS = /^\$?[A-Z]{1,3}\$?\d+$/;
/** A code the message files turn into words ("general", "basic + project", "rows-left-out"), not workbook text. */
const CODE = /^[a-z0-9]+(?:(?:-|, | \+ )[a-z0-9]+)*$/;

/**
 * The pieces of a sentence that come from the workbook: the finding's text parameters (labels, quotes, names, the
 * catalog), its sheets, and whatever it puts in quotes. Without the engine's finding (Excel hands the pane only the
 * report) the sheets and the quoted text are all there is to go by.
 */
function contentPieces(finding: ReportFinding, source: Finding | undefined): string[] {
  const pieces = new Set<string>([finding.sheet, ...finding.refs.map((ref) => ref.sheet), ...OFFICIAL_TERMS]);
  const params: readonly unknown[] = source ? Object.values(source.params) : [];
  for (const value of params)
    if (typeof value === "string" && LETTER.test(value) && !ADDRESS.test(value) && !CODE.test(value)) pieces.add(value);
  return [...pieces].filter((piece) => piece !== "");
}

/**
 * Splits a sentence into the tool's words and workbook content, in order; adjacent content runs are merged. With the
 * text of the finding's cell (`held`), a quote is shown as the cell writes it (full-width brackets stay full-width).
 */
export function messageParts(finding: ReportFinding, source?: Finding, held?: string): MessagePart[] {
  const { message } = finding;
  const marked = new Uint8Array(message.length);
  for (const piece of contentPieces(finding, source)) {
    for (let at = message.indexOf(piece); at !== -1; at = message.indexOf(piece, at + piece.length)) {
      marked.fill(1, at, at + piece.length);
    }
  }
  for (const match of message.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? "";
    const start = match.index + 1;
    marked.fill(1, start, start + inner.length);
  }
  const parts: MessagePart[] = [];
  let start = 0;
  for (let i = 1; i <= message.length; i++) {
    if (i === message.length || marked[i] !== marked[start]) {
      const text = message.slice(start, i);
      const content = marked[start] === 1;
      parts.push({ text: content ? asHeld(text, held) : text, content });
      start = i;
    }
  }
  return parts;
}

/**
 * The parts as shown: control characters made visible, and cut after `max` characters in all (the rest is shown on
 * demand). `left` counts the characters cut off.
 */
export function shownParts(parts: readonly MessagePart[], max: number): { parts: MessagePart[]; left: number } {
  const shown: MessagePart[] = [];
  let room = max;
  let left = 0;
  for (const part of parts) {
    const text = showControls(part.text);
    if (room <= 0) {
      left += text.length;
      continue;
    }
    const cut = cutText(text, room);
    shown.push({ text: cut.text, content: part.content });
    room -= cut.text.length;
    left += cut.left;
  }
  return { parts: shown, left };
}
