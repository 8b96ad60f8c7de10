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

/** A plain decimal string as reports hold it: sign, whole digits, decimals. */
const PLAIN_DECIMAL = /^([-+]?)(\d+)(\.\d+)?$/;
/** The minus sign of typeset numbers (U+2212), wider than the hyphen and never taken for a dash. */
const MINUS = "\u2212";

/** "1261.66" → "1,261.66", "-20" → "-20": the digits untouched, a comma between each three of the whole part. */
function groupThousands(text: string): string {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = ""] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction}`;
}

/**
 * An amount of a report as the reader sees it on screen, in both languages: thousands grouped and a negative with the
 * true minus — "-1261.65" → "−1,261.65", "966.70" → "966.70". It works on the text, so every digit the engine
 * computed is shown; text that is not a plain decimal ("无可比性", "≤ 20.00", a name) is returned as it is. Reports
 * (JSON, report workbook, command line) keep the plain string.
 */
export function displayAmount(amount: string): string {
  const grouped = groupThousands(amount);
  return grouped.startsWith("-") ? MINUS + grouped.slice(1) : grouped;
}

/**
 * A difference as displayed, its sign always written: "0.01" → "+0.01", "-1234.5" → "−1,234.5"; zero ("0", "0.00")
 * has no sign, and text that is not a plain decimal is returned as it is.
 */
export function displayDifference(difference: string): string {
  const match = PLAIN_DECIMAL.exec(difference);
  if (!match || match[1] !== "" || /^0*(\.0*)?$/.test(difference)) return displayAmount(difference);
  return `+${displayAmount(difference)}`;
}
