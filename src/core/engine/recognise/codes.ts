/**
 * Joins and normalises classification codes as tables print them: split 类/款/项 cells ("201", "28", 1 → "2012801"),
 * numbers that lost their leading zero, stray spaces, decorations ("[2013101]行政运行").
 */
import { cellAddress } from "../../grid/address";
import type { RowCode } from "./types";

type Repair = RowCode["repaired"][number];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : String(value);
}

/** A unit code: 101, 101001, 101001001 (3 + 3n digits starting with 1). */
export function isUnitCode(text: string): boolean {
  // Read by character: asked once per table line, and a regex literal here is a new RegExp object per call.
  if (text.length === 0 || text.length % 3 !== 0 || text.charCodeAt(0) !== ONE) return false;
  for (let i = 1; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

const ZERO = 48;
const ONE = 49;

function isDigitCode(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/** A code as read, without its place: a table's lines share one per distinct plain code (plainSplitCode). */
export type CodeText = Omit<RowCode, "cell">;

/**
 * A code at (row, col), 0-based: its text, and its A1 address made only when asked (a finding points at it). A
 * large table's lines keep only the text (shared) and make this when a rule reads the line's code.
 */
export class CodeAt implements RowCode {
  constructor(
    private readonly text: CodeText,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get code(): string {
    return this.text.code;
  }

  get raw(): string {
    return this.text.raw;
  }

  get repaired(): RowCode["repaired"] {
    return this.text.repaired;
  }

  get malformed(): boolean {
    return this.text.malformed;
  }

  get cell(): string {
    return cellAddress(this.row, this.col);
  }
}

/** One joined code cell. Returns undefined for a blank cell. */
export function readJoinedCode(value: unknown): CodeText | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const raw = cellText(value).trim();
  if (raw === "") return undefined;
  const repaired: Repair[] = [];
  let text = raw;
  const decorated = /^[[［【(（]?\s*(\d[\d\s]*)\s*[\]］】)）]?\s*(\D.*)?$/.exec(text);
  if (decorated && decorated[2] !== undefined) {
    text = decorated[1]!;
    repaired.push("decorated");
  } else if (decorated && /^[[［【(（]/.test(raw)) {
    text = decorated[1]!;
    repaired.push("decorated");
  }
  if (/\s/.test(text)) {
    text = text.replace(/\s+/g, "");
    repaired.push("spaces");
  }
  // Digits that make no 类/款/项 (3, 5 or 7) are no code either; unit codes (101001) are told apart by the caller.
  const malformed = !/^\d+$/.test(text) || ![3, 5, 7].includes(text.length);
  return { code: text, raw, repaired, malformed };
}

/** Split 类 / 款 / 项 cells. Missing parts end the code early. */
export function readSplitCode(parts: readonly unknown[]): CodeText | undefined {
  const plain = plainSplitCode(parts);
  if (plain) return plain;
  // A row without a code (a total, a unit line) leaves every part empty: no texts made for it.
  if (parts.every(isEmptyCell)) return undefined;
  const texts = parts.map((p) => cellText(p).replace(/\s+/g, ""));
  if (texts.every((t) => t === "")) return undefined;
  const repaired: Repair[] = [];
  if (parts.some((p) => typeof p === "string" && /\s/.test(p.trim()))) repaired.push("spaces");
  let code = "";
  let malformed = false;
  texts.forEach((text, index) => {
    if (text === "") return;
    if (!/^\d+$/.test(text)) malformed = true;
    const width = index === 0 ? 3 : 2;
    if (text.length < width && /^\d+$/.test(text)) {
      repaired.push("leading-zero");
      code += text.padStart(width, "0");
    } else {
      if (text.length !== width) malformed = true;
      code += text;
    }
  });
  // A gap (类 and 项 without 款) is malformed.
  const filled = texts.map((t) => t !== "");
  if (filled.indexOf(false) >= 0 && filled.lastIndexOf(true) > filled.indexOf(false)) malformed = true;
  return { code, raw: texts.join("|"), repaired: [...new Set(repaired)], malformed };
}

function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** The value of a text of digits only, read by character; -1 for any other text (/^\d+$/ without a regex call). */
function digitsValue(text: string): number {
  if (text.length === 0) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) return -1;
    value = value * 10 + (code - ZERO);
  }
  return value;
}

/** A code read on the plain path: digit parts only, so its raw text is digits and "|" (never a label). */
class PlainCode implements CodeText {
  readonly repaired = NO_REPAIRS;
  readonly malformed = false;
  constructor(
    readonly code: string,
    readonly raw: string,
  ) {}
}

/** True for a code read on the plain path (plainSplitCode): its raw text holds nothing but digits and "|". */
export function isPlainCode(code: CodeText): boolean {
  return code instanceof PlainCode;
}

/** Widths of the 类, 款 and 项 parts, and 10 to that power (a part's place in the key). */
const PART_WIDTHS = [3, 2, 2];
const PART_SCALES = [1000, 100, 100];

/**
 * The common case read without repairs: up to three digit texts of the right widths (3, 2, 2), then only blank
 * cells. Anything else returns undefined for readSplitCode's full reading (same result where both apply).
 */
function plainSplitCode(parts: readonly unknown[]): CodeText | undefined {
  if (parts.length > PART_WIDTHS.length) return undefined;
  let filled = 0;
  let digits = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === null || part === undefined || part === "") continue;
    if (filled !== i || typeof part !== "string" || part.length !== PART_WIDTHS[i]) return undefined;
    const value = digitsValue(part);
    if (value < 0) return undefined;
    digits = digits * PART_SCALES[i]! + value;
    filled++;
  }
  if (filled === 0) return undefined;
  // A table repeats a few dozen codes over thousands of rows: their strings are made once, found by a number (the
  // parts' digits at fixed widths, the parts filled and the parts given) rather than by strings joined per row.
  // Trailing blank parts count: "201|06|" ≠ "201|06".
  const key = (digits * 4 + filled) * 4 + parts.length;
  let known = plainCodes.get(key);
  if (known === undefined) {
    if (plainCodes.size > 20000) plainCodes.clear();
    const code = parts.filter((p) => typeof p === "string" && p !== "").join("");
    known = new PlainCode(code, parts.join("|"));
    plainCodes.set(key, known);
  }
  return known;
}

const plainCodes = new Map<number, PlainCode>();
const NO_REPAIRS: RowCode["repaired"] = Object.freeze([]);

/** 3 → 类, 5 → 款, 7 → 项 (functional); economic codes stop at 5. */
export function codeLevel(code: string): 1 | 2 | 3 | undefined {
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return undefined;
}
