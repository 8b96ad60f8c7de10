/**
 * Display helpers for the decimal strings of a report. They work on the text, never on numbers, so what the
 * engine computed is shown digit for digit.
 */

const AMOUNT = /^([-+]?)(\d+)(\.\d+)?$/;

/** "1261.66" → "1,261.66"; "-20" → "-20"; text that is not a plain decimal is returned as it is. */
export function groupThousands(amount: string): string {
  const match = AMOUNT.exec(amount);
  if (!match) return amount;
  const [, sign = "", whole = "", fraction = ""] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction}`;
}

/** A difference with its sign always written: "0.01" → "+0.01", "-0.01" → "−0.01" (a true minus), "0" → "0". */
export function signedDifference(difference: string): string {
  const grouped = groupThousands(difference);
  if (grouped.startsWith("-")) return `−${grouped.slice(1)}`;
  if (grouped.startsWith("+") || !AMOUNT.test(difference) || /^[+]?0*(\.0*)?$/.test(difference)) return grouped;
  return `+${grouped}`;
}
