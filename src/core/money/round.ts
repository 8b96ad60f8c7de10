import { Dec } from "./decimal";

/**
 * Round half-up to `decimals` places: ties go away from zero, for negatives too
 * (2.345 → 2.35, −2.345 → −2.35, 0.0625 → 0.063 at 3).
 *
 * @param x        any finite decimal.
 * @param decimals integer 0 … 20; anything else is programmer misuse and throws RangeError.
 * @returns a new decimal with at most `decimals` places (trailing zeros are not kept; use formatFixed to print them).
 */
export function roundHalfUp(x: Dec, decimals: number): Dec {
  assertDecimals(decimals);
  return x.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}

/** Throws RangeError unless `decimals` is an integer 0 … 20 (misuse, not a user error). */
export function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer 0…20, got ${decimals}`);
  }
}
