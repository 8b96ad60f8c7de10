import type { CellValue } from "../grid/snapshot";
import type { ClassificationKind, CodeLevel } from "./types";
import { toHalfWidth } from "./text";

/**
 * Why a cell is not a readable code. Stable tokens, not sentences: the messages files turn them into text.
 * empty — nothing there; not-a-code — no digits at all; not-integer — a number with a fraction or a sign;
 * wrong-length — digits that make no 3/5/7-digit code (or a 7-digit economic code, or a one-digit text part);
 * stray-characters — letters or symbols mixed into the code; ambiguous-grouping — separators that do not fall
 * on the 类/款/项 boundaries ("2013 101"); missing-part — a blank 款 between a 类 and a 项 in split cells;
 * zero-part — a split part that is 0 (a blank read as zero); unknown-kind — the first digit is not 2, 3 or 5.
 */
export type CodeProblem =
  | "empty"
  | "not-a-code"
  | "not-integer"
  | "wrong-length"
  | "stray-characters"
  | "ambiguous-grouping"
  | "missing-part"
  | "zero-part"
  | "unknown-kind";

export type NormalisedCode =
  | {
      readonly ok: true;
      readonly code: string;
      readonly kind: ClassificationKind;
      readonly level: CodeLevel;
      /** Text printed after the code in the same cell ("[2013101]行政运行" → "行政运行"). */
      readonly name?: string;
    }
  | {
      readonly ok: false;
      readonly reason: CodeProblem;
      /** The offending text, for the message. */ readonly detail: string;
    };

const KIND_BY_FIRST_DIGIT: Readonly<Record<string, ClassificationKind>> = {
  "2": "functional",
  "3": "econ-dept",
  "5": "econ-gov",
};

const LEVEL_BY_LENGTH: Readonly<Record<number, CodeLevel>> = { 3: 1, 5: 2, 7: 3 };

/** 类 3 digits, 款 +2, 项 +2; economic classifications stop at 款. */
const MAX_LENGTH: Readonly<Record<ClassificationKind, number>> = { functional: 7, "econ-dept": 5, "econ-gov": 5 };

const SEPARATORS = /[\s\-\u2010-\u2015\u2212._/]+/u;
const BRACKETED = /^[[【〔(]\s*([^\]】〕)]*?)\s*[\]】〕)]\s*(.*)$/su;
const LEADING_CODE = /^([0-9](?:[0-9\s\-\u2010-\u2015\u2212._/]*[0-9])?)\s*(.*)$/su;
/** A name after a code starts with a CJK character or an opening quote/bracket, never a Latin letter or digit. */
const NAME_START = /^[\u3400-\u9fff“"‘'「《（(]/u;

/**
 * One code from a cell, a cell with the name after it, or split 类/款/项 cells.
 * "2013101", "201 31 01", "201-31-01", "[2013101]行政运行", ["201", "31", "01"] and [201, 31, 1] all give 2013101.
 * Never guesses: anything that does not read as exactly one code gives a reason.
 */
export function normaliseCode(input: CellValue | readonly CellValue[]): NormalisedCode {
  if (Array.isArray(input)) return fromParts(input as readonly CellValue[]);
  return fromCell(input as CellValue);
}

function fromCell(value: CellValue): NormalisedCode {
  if (value === null) return fail("empty", "");
  if (typeof value === "boolean") return fail("not-a-code", String(value));
  if (typeof value === "number") return fromNumber(value);
  const text = toHalfWidth(value).trim();
  if (text === "") return fail("empty", value);
  const bracketed = BRACKETED.exec(text);
  const match = bracketed ?? LEADING_CODE.exec(text);
  if (!match) return fail(/[0-9]/u.test(text) ? "stray-characters" : "not-a-code", value);
  const codePart = match[1] ?? "";
  // "2013101-行政运行", "2013101：行政运行": punctuation between the code and its name is not part of either.
  const rest = (match[2] ?? "").replace(/^[\s\-\u2010-\u2015:：、,，]+/u, "").trim();
  if (rest !== "" && (!NAME_START.test(rest) || /[0-9]/u.test(rest))) return fail("stray-characters", value);
  const result = fromGroups(
    codePart.split(SEPARATORS).filter((g) => g !== ""),
    value,
  );
  return result.ok && rest !== "" ? { ...result, name: rest } : result;
}

function fromNumber(value: number): NormalisedCode {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return fail("not-integer", String(value));
  return fromGroups([String(value)], String(value));
}

/** Groups of digits from one cell: every boundary between groups must fall on a level boundary (3, 5, 7). */
function fromGroups(groups: readonly string[], original: string): NormalisedCode {
  if (groups.length === 0) return fail("not-a-code", original);
  if (groups.some((g) => !/^[0-9]+$/u.test(g))) return fail("stray-characters", original);
  const code = groups.join("");
  let length = 0;
  for (const group of groups.slice(0, -1)) {
    length += group.length;
    if (LEVEL_BY_LENGTH[length] === undefined)
      return fail(validLength(code) ? "ambiguous-grouping" : "wrong-length", original);
  }
  return finish(code, original);
}

function validLength(code: string): boolean {
  const kind = KIND_BY_FIRST_DIGIT[code.charAt(0)];
  return kind !== undefined && LEVEL_BY_LENGTH[code.length] !== undefined && code.length <= MAX_LENGTH[kind];
}

function finish(code: string, original: string): NormalisedCode {
  const kind = KIND_BY_FIRST_DIGIT[code.charAt(0)];
  if (kind === undefined) return fail("unknown-kind", original);
  const level = LEVEL_BY_LENGTH[code.length];
  if (level === undefined || code.length > MAX_LENGTH[kind]) return fail("wrong-length", original);
  return { ok: true, code, kind, level };
}

/** Split 类 | 款 | 项 cells. A number part below 10 lost its leading zero (1 → "01"); a text part must have two digits. */
function fromParts(parts: readonly CellValue[]): NormalisedCode {
  const original = parts.map((p) => (p === null ? "" : String(p))).join("|");
  let last = parts.length - 1;
  while (last >= 0 && isBlank(parts[last] ?? null)) last -= 1;
  if (last < 0) return fail("empty", original);
  const used = parts.slice(0, last + 1);
  if (used.length === 1) return fromCell(used[0] ?? null);
  if (used.length > 3) return fail("wrong-length", original);
  const digits: string[] = [];
  for (const [index, part] of used.entries()) {
    if (isBlank(part ?? null)) return fail("missing-part", original);
    const read = partDigits(part ?? null, index === 0);
    if (!read.ok) return fail(read.reason, original);
    digits.push(read.digits);
  }
  return fromGroups(digits, original);
}

function partDigits(
  part: CellValue,
  first: boolean,
): { ok: true; digits: string } | { ok: false; reason: CodeProblem } {
  if (typeof part === "boolean" || part === null) return { ok: false, reason: "not-a-code" };
  if (typeof part === "number") {
    if (!Number.isFinite(part) || !Number.isInteger(part) || part < 0) return { ok: false, reason: "not-integer" };
    if (part === 0) return { ok: false, reason: "zero-part" };
    const digits = String(part);
    if (first) return digits.length === 3 ? { ok: true, digits } : { ok: false, reason: "wrong-length" };
    return digits.length <= 2 ? { ok: true, digits: digits.padStart(2, "0") } : { ok: false, reason: "wrong-length" };
  }
  const text = toHalfWidth(part).trim();
  if (!/^[0-9]+$/u.test(text)) return { ok: false, reason: "stray-characters" };
  if (/^0+$/u.test(text)) return { ok: false, reason: "zero-part" };
  if (text.length !== (first ? 3 : 2)) return { ok: false, reason: "wrong-length" };
  return { ok: true, digits: text };
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && toHalfWidth(value).trim() === "");
}

function fail(reason: CodeProblem, detail: string): NormalisedCode {
  return { ok: false, reason, detail };
}
