/** Exact arithmetic the narrative rules share: rounding at printed precision, shares, units of the last digit. */
import { Dec } from "../../money";

const TEN = new Dec(10);
const HUNDRED = new Dec(100);

/** Half-up rounding to `places` decimals; negative places round to tens, hundreds … (100 元 steps = 万元 at 2). */
export function roundAt(x: Dec, places: number): Dec {
  if (places >= 0) return x.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const step = TEN.pow(-places);
  return x.dividedBy(step).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(step);
}

/** One unit of the last printed digit (2 places → 0.01). */
export function lastDigitUnit(places: number): Dec {
  return TEN.pow(-places);
}

/** part ÷ base × 100, rounded half-up to `places`; undefined when base is 0. */
export function percentOf(part: Dec, base: Dec, places: number): Dec | undefined {
  if (base.isZero()) return undefined;
  return part.dividedBy(base).times(HUNDRED).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

export { HUNDRED };
