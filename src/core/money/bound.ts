import type { SumVerdict } from "../findings/finding";
import { Dec, ZERO } from "./decimal";
import { assertDecimals } from "./round";

/**
 * The rounding bound for a total against its parts (domain.md "Rounding"): with n parts and the total each
 * printed to d places, |total − Σparts| ≤ (n + 1) × 0.5 × 10^−d can be explained by rounding.
 * 13 parts at 2 places → 0.07.
 *
 * @param parts    number of printed parts, integer ≥ 0 (throws RangeError otherwise).
 * @param decimals places printed, integer 0 … 20.
 */
export function roundingBound(parts: number, decimals: number): Dec {
  if (!Number.isInteger(parts) || parts < 0) throw new RangeError(`parts must be an integer ≥ 0, got ${parts}`);
  assertDecimals(decimals);
  return new Dec(parts + 1).times(5).times(new Dec(10).pow(-(decimals + 1)));
}

export interface Reconciliation {
  /** Σ of the parts (expected). */
  readonly sum: Dec;
  /** total − Σparts (actual − expected), exact. */
  readonly difference: Dec;
  /** roundingBound(parts.length, decimals). */
  readonly bound: Dec;
  /** balanced: difference 0; rounding-tail: 0 < |difference| ≤ bound (尾差); off: larger. */
  readonly verdict: SumVerdict;
}

/**
 * Compare a printed total with its printed parts. Pass the values the cells display (AmountRead.shown).
 *
 * @param total    the printed total.
 * @param parts    the printed parts (any length; an empty list sums to 0).
 * @param decimals places the figures are printed to, integer 0 … 20.
 */
export function reconcile(total: Dec, parts: readonly Dec[], decimals: number): Reconciliation {
  const sum = sumOf(parts);
  const difference = total.minus(sum);
  const bound = roundingBound(parts.length, decimals);
  return { sum, difference, bound, verdict: verdictFor(difference, bound) };
}

/** balanced / rounding-tail / off for a difference against a bound (both exact). */
export function verdictFor(difference: Dec, bound: Dec): SumVerdict {
  if (difference.isZero()) return "balanced";
  return difference.abs().lessThanOrEqualTo(bound) ? "rounding-tail" : "off";
}

/** Exact sum of decimals; 0 for none. */
export function sumOf(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
