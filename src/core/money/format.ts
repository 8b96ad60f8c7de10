import { Dec } from "./decimal";
import { assertDecimals } from "./round";

/**
 * Print a decimal with exactly `decimals` places, rounded half-up, in plain notation ("1261.66", "0.00", "-20.00").
 * Negative zero never appears: −0.004 at 2 places prints "0.00".
 *
 * @param x        any finite decimal.
 * @param decimals integer 0 … 20 (throws RangeError otherwise).
 * @param grouping when true, thousands are separated by "," ("12,616,600.00"). Default false: reports use plain strings.
 */
export function formatFixed(x: Dec, decimals: number, grouping = false): string {
  assertDecimals(decimals);
  const rounded = x.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const text = rounded.isZero() ? new Dec(0).toFixed(decimals) : rounded.toFixed(decimals);
  return grouping ? groupThousands(text) : text;
}

function groupThousands(text: string): string {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? "" : body.slice(dot);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + fraction;
}
