import { Dec } from "./decimal";
import { assertDecimals } from "./round";

export type ChangeResult =
  | { readonly kind: "change"; readonly value: Dec }
  | { readonly kind: "no-basis" } // last year 0, this year not: 无可比性 (never "增长100%")
  | { readonly kind: "negative-basis" }; // last year below 0: a rate would mislead

/**
 * Year-on-year change (current − last) ÷ last as a fraction, rounded half-up to `decimals` places of a percentage:
 * 1261.66 against 1177.25 at 2 → 0.0717 (增长 7.17%). Both 0 → change 0 (与上年持平).
 *
 * @param current  this year's amount, any decimal.
 * @param last     last year's amount; 0 → no-basis (unless current is 0 too), below 0 → negative-basis.
 * @param decimals places of the percentage, integer 0 … 18 (throws RangeError otherwise).
 */
export function yearOnYear(current: Dec, last: Dec, decimals: number): ChangeResult {
  assertDecimals(decimals + 2);
  if (last.isZero()) return current.isZero() ? { kind: "change", value: new Dec(0) } : { kind: "no-basis" };
  if (last.isNegative()) return { kind: "negative-basis" };
  const value = current
    .minus(last)
    .dividedBy(last)
    .toDecimalPlaces(decimals + 2, Dec.ROUND_HALF_UP);
  return { kind: "change", value };
}
