import { Dec, ZERO } from "./decimal";
import { assertDecimals } from "./round";

/**
 * part ÷ total as a fraction, rounded half-up so that it shows `decimals` places as a percentage
 * (966.70 / 1261.66 at 2 → 0.7662 = 76.62%; 1 / 16 at 1 → 0.063 = 6.3%). Exact; undefined when total is 0.
 *
 * @param part     any decimal (negative parts give negative shares).
 * @param total    any decimal; 0 gives undefined (the caller reports #DIV/0! or a finding).
 * @param decimals places of the percentage, integer 0 … 18 (throws RangeError otherwise).
 */
export function shareOf(part: Dec, total: Dec, decimals: number): Dec | undefined {
  assertDecimals(decimals + 2);
  if (total.isZero()) return undefined;
  return part.dividedBy(total).toDecimalPlaces(decimals + 2, Dec.ROUND_HALF_UP);
}

export type SharesResult =
  | { readonly ok: true; readonly shares: readonly Dec[] }
  | { readonly ok: false; readonly reason: "zero-total" | "negative-part" };

/**
 * Shares of a list that sum to exactly 1 (largest-remainder method, Hamilton): every share is first cut down to
 * `decimals` places of a percentage, then the missing units of the last place go one each to the largest remainders
 * (ties: the larger part first, then the earlier position). Each share is less than one unit of the last place
 * away from the exact quotient.
 *
 * @param parts    decimals ≥ 0 (a negative part gives reason "negative-part"); zeros get share 0.
 * @param decimals places of the percentage, integer 0 … 18.
 */
export function largestRemainderShares(parts: readonly Dec[], decimals: number): SharesResult {
  assertDecimals(decimals + 2);
  let total = ZERO;
  for (const p of parts) {
    if (p.isNegative() && !p.isZero()) return { ok: false, reason: "negative-part" };
    total = total.plus(p);
  }
  if (total.isZero()) return { ok: false, reason: "zero-total" };

  const unit = new Dec(10).pow(decimals + 2); // units of the last place in 1
  const floors: Dec[] = [];
  const order: { index: number; remainder: Dec; part: Dec }[] = [];
  let given = ZERO;
  parts.forEach((part, index) => {
    const scaled = part.times(unit).dividedBy(total);
    const floor = scaled.floor();
    floors.push(floor);
    given = given.plus(floor);
    order.push({ index, remainder: scaled.minus(floor), part });
  });
  order.sort((a, b) => b.remainder.comparedTo(a.remainder) || b.part.comparedTo(a.part) || a.index - b.index);
  const missing = unit.minus(given).toNumber(); // < parts.length: a count, not an amount
  for (let i = 0; i < missing; i += 1) {
    const target = order[i];
    if (target !== undefined) floors[target.index] = (floors[target.index] ?? ZERO).plus(1);
  }
  return { ok: true, shares: floors.map((f) => f.dividedBy(unit)) };
}
