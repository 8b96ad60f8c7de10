/**
 * What a function implementation returns: a value, or an Excel error with a message. Plain data, so jest tests it
 * without the CustomFunctions global; functions.ts turns the error into CustomFunctions.Error.
 */
import type { Dec } from "../../core";
import { toExcelNumber } from "../../core";
import { MESSAGES } from "./messages";

export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export interface FnError {
  readonly error: ExcelErrorCode;
  /** Short message, Chinese then English ("总数为 0 / total is 0"). */
  readonly message: string;
}

export type FnResult<T> = T | FnError;

export function isFnError(value: unknown): value is FnError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "error" in value;
}

export function fnError(error: ExcelErrorCode, message: string): FnError {
  return { error, message };
}

/**
 * A decimal result as the number Excel receives; beyond what a double holds (2e308 from two 1e308 cells) it is
 * #NUM!, as Excel's own arithmetic overflows, never Infinity.
 */
export function finiteResult(x: Dec): FnResult<number> {
  const n = toExcelNumber(x);
  return Number.isFinite(n) ? n : fnError("#NUM!", MESSAGES.notFinite);
}
