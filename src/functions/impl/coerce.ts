/** Arguments as Excel hands them over → core values, or the error the user sees. */
import type { CellValue, AmountUnit, Dec } from "../../core";
import { readAmount } from "../../core";
import { fnError, isFnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";

/** What Excel passes for an `any` argument; undefined when an optional one is left out. */
export type ExcelArg = CellValue | undefined | readonly (readonly CellValue[])[];

/**
 * One amount: a number, or text the way readAmount reads it; blank → 0. Percentages are refused, and so is text
 * whose own unit ("1261.66万元") differs from the `unit` the function works in.
 */
export function amountArg(value: ExcelArg, name: string, unit?: AmountUnit): FnResult<Dec> {
  const read = amountWithUnit(value, name);
  if (isFnError(read)) return read;
  if (unit !== undefined && read.unit !== undefined && read.unit !== unit) {
    return fnError("#VALUE!", MESSAGES.wrongUnit(name, String(value), unit));
  }
  return read.value;
}

/** Two amounts that must be in one unit (a part and its total): text stating 元 and 万元 is refused. */
export function amountPair(a: ExcelArg, aName: string, b: ExcelArg, bName: string): FnResult<readonly [Dec, Dec]> {
  const first = amountWithUnit(a, aName);
  if (isFnError(first)) return first;
  const second = amountWithUnit(b, bName);
  if (isFnError(second)) return second;
  if (first.unit !== undefined && second.unit !== undefined && first.unit !== second.unit) {
    return fnError("#VALUE!", MESSAGES.wrongUnit(bName, String(b), first.unit));
  }
  return [first.value, second.value];
}

/** A value a cell can hold: a blank, a number, text or TRUE/FALSE (objects, functions and the like are not). */
export function isCell(value: unknown): value is CellValue {
  return value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

function amountWithUnit(value: ExcelArg, name: string): FnResult<{ value: Dec; unit: AmountUnit | undefined }> {
  if (Array.isArray(value)) return fnError("#VALUE!", MESSAGES.notAmount(name, "…", "array"));
  if (!isCell(value ?? null)) return fnError("#VALUE!", MESSAGES.notAmount(name, "…", "shape"));
  const read = readAmount((value ?? null) as CellValue);
  if (!read.ok) return fnError("#VALUE!", MESSAGES.notAmount(name, read.input, read.reason));
  if (read.percent) return fnError("#VALUE!", MESSAGES.notAmount(name, String(value), "percent"));
  return { value: read.value, unit: read.unit };
}

/** An optional whole number in [min, max]; undefined/null → fallback. Excel already coerced it to a number. */
export function wholeArg(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): FnResult<number>;
export function wholeArg(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
): FnResult<number | undefined>;
export function wholeArg(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): FnResult<number | undefined> {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    return fnError("#NUM!", MESSAGES.wholeNumber(name, min, max));
  }
  return value;
}

/** decimals: 0–10, default 2 (places of the figure, or of the percentage for shares). */
export const decimalsArg = (value: number | null | undefined): FnResult<number> =>
  wholeArg(value, "decimals", 0, 10, 2);

/** year: 2000–2100 or left out. */
export const yearArg = (value: number | null | undefined): FnResult<number | undefined> =>
  wholeArg(value, "year", 2000, 2100);
