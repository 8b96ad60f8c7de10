/**
 * The project's one decimal type: a private decimal.js clone, so no other code can change its settings.
 *
 * rounding: ROUND_HALF_UP (四舍五入; ties away from zero, negatives too: −0.125 → −0.13).
 * precision: 40 significant digits for division results (amounts never come near it; shares are rounded after).
 * toExpNeg/toExpPos keep toString() in plain notation for every amount a budget can hold.
 */
import Decimal from "decimal.js";

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An exact decimal made by `Dec`. */
export type Dec = Decimal;

/** Exact zero and one, shared to avoid allocations in hot paths. */
export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
