/**
 * The project's one decimal type: a private decimal.js clone, so no other code can change its settings.
 *
 * rounding: ROUND_HALF_UP (四舍五入; ties away from zero, negatives too: −0.125 → −0.13).
 * precision: 40 significant digits — sums and differences of amounts stay exact while all their digits fit in 40
 *            (any amounts between 10^-6 and 10^14 together); quotients are rounded at 40 digits, then half-up where shown.
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
