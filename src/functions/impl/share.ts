import {
  largestRemainderShares,
  shareOf,
  shareOfUnits,
  tenThousandths,
  textTenThousandths,
  toExcelNumber,
} from "../../core";
import { amountPair, decimalsArg, type ExcelArg } from "./coerce";
import { amountsOf, asRange } from "./range";
import { finiteResult, fnError, isFnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";

/** BUDGET.SHARE: part ÷ total rounded half-up to `decimals` places of a percentage. */
export function share(part: ExcelArg, total: ExcelArg, decimals?: number | null): FnResult<number> {
  const dp = decimalsArg(decimals);
  if (isFnError(dp)) return dp;
  const kp = unitsOf(part);
  const kt = unitsOf(total);
  if (kp !== undefined && kt !== undefined) {
    if (kt === 0) return fnError("#DIV/0!", MESSAGES.totalZero);
    const fast = shareOfUnits(kp, kt, dp);
    if (fast !== undefined) return fast;
  }
  const pair = amountPair(part, "part", total, "total");
  if (isFnError(pair)) return pair;
  const s = shareOf(pair[0], pair[1], dp);
  return s === undefined ? fnError("#DIV/0!", MESSAGES.totalZero) : finiteResult(s);
}

/** The integer fast path's count of 1/10000 for a number, plain text or a blank; undefined → the Dec path. */
function unitsOf(value: ExcelArg): number | undefined {
  if (typeof value === "number") return tenThousandths(value);
  if (typeof value === "string") return textTenThousandths(value);
  return value === null || value === undefined ? 0 : undefined;
}

/** BUDGET.SHARES: largest-remainder shares of a range, same shape, summing to exactly 1. */
export function shares(parts: ExcelArg, decimals?: number | null): FnResult<number[][]> {
  const dp = decimalsArg(decimals);
  if (isFnError(dp)) return dp;
  const range = asRange(parts, "parts");
  if (isFnError(range)) return range;
  const grid = amountsOf(range);
  if (isFnError(grid)) return grid;
  const flat = grid.flat();
  const result = largestRemainderShares(flat, dp);
  if (!result.ok) {
    if (result.reason === "zero-total") return fnError("#DIV/0!", MESSAGES.partsZero);
    const index = flat.findIndex((x) => x.isNegative() && !x.isZero());
    return fnError("#NUM!", MESSAGES.negativePart(index + 1));
  }
  const values = result.shares.map(toExcelNumber);
  let next = 0;
  return grid.map((row) => row.map(() => values[next++] ?? 0)); // one share per cell, in row order
}
