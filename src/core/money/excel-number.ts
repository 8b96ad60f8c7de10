import { Dec } from "./decimal";

/**
 * A stored double read the way Excel shows it: 15 significant digits, then exact
 * (0.1 + 0.2 = 0.30000000000000004 → 0.3; 1241.655 stays 1241.655). −0 reads as 0.
 *
 * @param n a finite number (NaN/±Infinity are misuse: check with Number.isFinite first; throws RangeError).
 */
export function fromExcelNumber(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return new Dec(0);
  return new Dec(n.toPrecision(15));
}

/** The nearest double to an exact decimal: what Excel receives from a custom function. */
export function toExcelNumber(x: Dec): number {
  const n = x.toNumber();
  return n === 0 ? 0 : n; // never −0
}
