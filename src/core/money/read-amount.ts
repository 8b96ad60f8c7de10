import type { CellValue } from "../grid/snapshot";
import { Dec } from "./decimal";
import { fromExcelNumber } from "./excel-number";
import { displayedValue, formatDecimals } from "./number-format";
import { foldWidth } from "../text/fold-width";

/** Why a cell is not an amount. */
export type AmountFailure =
  | "label" //       text without digits ("合计", "abc")
  | "malformed" //   text with digits that is not a number ("12abc", "1,2,3", "1.2.3", "50%元")
  | "boolean" //     TRUE/FALSE
  | "error-value" // an Excel error shown as text ("#DIV/0!")
  | "not-finite"; // NaN or ±Infinity handed in as a number

export type AmountUnit = "元" | "万元";

export interface AmountRead {
  readonly ok: true;
  /** The stored value: a number read to 15 significant digits, or the text's exact digits; a percentage as a fraction (76.62% → 0.7662). */
  readonly value: Dec;
  /** What the cell displays: `value` rounded half-up to the places of its number format (text: as written). */
  readonly shown: Dec;
  /** A percentage ("76.62%" or a number under a % format): callers needing an amount refuse it. */
  readonly percent: boolean;
  /** A unit written after the number ("20元", "1261.66万元"); the value is in that unit, not converted. */
  readonly unit?: AmountUnit;
  /** Blank, empty text or a dash ("—", "-", "－－") meaning zero. */
  readonly blank: boolean;
}

export interface AmountError {
  readonly ok: false;
  readonly reason: AmountFailure;
  /** The input as text, for the message. */
  readonly input: string;
}

export type AmountResult = AmountRead | AmountError;

const EXCEL_MAX = new Dec("1e308");
const BLANK: AmountRead = { ok: true, value: new Dec(0), shown: new Dec(0), percent: false, blank: true };
const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;
const DASHES = /^[-－‐‑‒–—―─]+$/;
const MINUS = /^[-−﹣‐‑]/;
const NUMBER_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?$|^\.\d+(?:[eE][+-]?\d+)?$/;

/**
 * Read a cell's amount every way it appears in disclosures.
 *
 * number   → read to 15 significant digits as Excel shows it (0.1+0.2 → 0.3); under a % format it is a percentage.
 * text     → "1,241.66", full-width "１,２４１．６６", "(20.00)"/"（20.00）", "-20"/"－20"/"−20", "+5", "¥20",
 *            trailing 元/万元 (kept in `unit`), "76.62%" (→ 0.7662, percent); blank-like "", "—", "-" → 0 (blank).
 * null     → 0 (blank).
 * Failures are values with a reason, never NaN or a silent zero.
 *
 * @param value        the cell value as the host gives it.
 * @param numberFormat the cell's format code, used for numbers only (the text of a text cell is what it shows).
 */
export function readAmount(value: CellValue, numberFormat?: string | null): AmountResult {
  if (value === null) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "not-finite", input: String(value) };
    const format = formatDecimals(numberFormat);
    const stored = fromExcelNumber(value);
    return { ok: true, value: stored, shown: displayedValue(stored, format), percent: format.percent, blank: false };
  }
  if (typeof value === "boolean") return { ok: false, reason: "boolean", input: value ? "TRUE" : "FALSE" };
  return readAmountText(value);
}

/** readAmount for text only (what a user typed or pasted). */
export function readAmountText(input: string): AmountResult {
  let text = foldWidth(input).trim();
  if (text === "" || DASHES.test(text)) return BLANK;
  if (ERROR_TEXT.test(text)) return { ok: false, reason: "error-value", input };

  let unit: AmountUnit | undefined;
  const unitMatch = /(万元|元)$/.exec(text);
  if (unitMatch) {
    unit = unitMatch[1] as AmountUnit;
    text = text.slice(0, unitMatch.index).trim();
  }
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1).trim();

  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = stripCurrency(text);
  if (MINUS.test(text) || text.startsWith("+")) {
    if (negative) return failure(input);
    negative = text[0] !== "+";
    text = stripCurrency(text.slice(1).trim());
  }
  if ((percent && unit !== undefined) || !NUMBER_BODY.test(text)) return failure(input);

  let amount = new Dec(text.replace(/,/g, ""));
  if (!amount.abs().lessThan(EXCEL_MAX)) return failure(input); // "1e400" is no number Excel could hold
  if (percent) amount = amount.dividedBy(100);
  if (negative && !amount.isZero()) amount = amount.negated();
  const read: AmountRead = { ok: true, value: amount, shown: amount, percent, blank: false };
  return unit === undefined ? read : { ...read, unit };
}

function failure(input: string): AmountError {
  return { ok: false, reason: /[0-9０-９]/.test(input) ? "malformed" : "label", input };
}

function stripCurrency(text: string): string {
  return text.startsWith("¥") || text.startsWith("￥") ? text.slice(1).trim() : text;
}
