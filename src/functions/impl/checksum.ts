import type { Dec } from "../../core";
import { reconcile, roundHalfUp, formatFixed } from "../../core";
import { amountArg, decimalsArg, type ExcelArg } from "./coerce";
import { amountsOf, asRange, sumRanges, type ExcelRange } from "./range";
import { finiteResult, isFnError, type FnResult } from "./result";

/** BUDGET.CHECKSUM: the exact sum of every amount in one or more ranges, text amounts included, labels skipped. */
export function checksum(...ranges: unknown[]): FnResult<number> {
  const read: ExcelRange[] = [];
  for (const [i, range] of ranges.entries()) {
    const r = asRange(range, ranges.length > 1 ? `range ${i + 1}` : "range");
    if (isFnError(r)) return r;
    read.push(r);
  }
  const sum = sumRanges(read);
  return isFnError(sum) ? sum : finiteResult(sum);
}

interface Printed {
  readonly total: Dec;
  readonly parts: Dec[];
  readonly decimals: number;
}

/**
 * Total and parts as printed to `decimals` places (what the cells show). Parts stored as exactly 0 — blank cells
 * arrive as 0 — carry no rounding and are left out of the count behind the bound.
 */
function printed(total: ExcelArg, parts: ExcelArg, decimals: number | null | undefined): FnResult<Printed> {
  const dp = decimalsArg(decimals);
  if (isFnError(dp)) return dp;
  const t = amountArg(total, "total");
  if (isFnError(t)) return t;
  const range = asRange(parts, "parts");
  if (isFnError(range)) return range;
  const grid = amountsOf(range);
  if (isFnError(grid)) return grid;
  const shown = grid
    .flat()
    .filter((x) => !x.isZero())
    .map((x) => roundHalfUp(x, dp));
  return { total: roundHalfUp(t, dp), parts: shown, decimals: dp };
}

/** BUDGET.RECONCILE: 平衡 / 尾差 d（≤bound） / 不符 d for a printed total against its printed parts. */
export function reconcileText(total: ExcelArg, parts: ExcelArg, decimals?: number | null): FnResult<string> {
  const p = printed(total, parts, decimals);
  if (isFnError(p)) return p;
  const r = reconcile(p.total, p.parts, p.decimals);
  const difference = formatFixed(r.difference, p.decimals);
  if (r.verdict === "balanced") return "平衡";
  if (r.verdict === "rounding-tail") return `尾差 ${difference}（≤${r.bound.toString()}）`;
  return `不符 ${difference}`;
}

/** BUDGET.DIFF: printed total − Σ printed parts, the number behind RECONCILE. */
export function difference(total: ExcelArg, parts: ExcelArg, decimals?: number | null): FnResult<number> {
  const p = printed(total, parts, decimals);
  if (isFnError(p)) return p;
  return finiteResult(reconcile(p.total, p.parts, p.decimals).difference);
}
