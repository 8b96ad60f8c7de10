import { yearOnYear } from "../../core";
import { amountPair, decimalsArg, type ExcelArg } from "./coerce";
import { finiteResult, fnError, isFnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";

/** What BUDGET.YOY returns when last year is 0 and this year is not (never "增长100%"). */
export const NO_BASIS = "无可比性";

/** BUDGET.YOY: (current − last) ÷ last, half-up to `decimals` places of a percentage; 无可比性 when last is 0. */
export function yoy(current: ExcelArg, last: ExcelArg, decimals?: number | null): FnResult<number | string> {
  const dp = decimalsArg(decimals);
  if (isFnError(dp)) return dp;
  const pair = amountPair(current, "current", last, "last");
  if (isFnError(pair)) return pair;
  const change = yearOnYear(pair[0], pair[1], dp);
  if (change.kind === "no-basis") return NO_BASIS;
  if (change.kind === "negative-basis") return fnError("#NUM!", MESSAGES.negativeBasis);
  return finiteResult(change.value);
}
