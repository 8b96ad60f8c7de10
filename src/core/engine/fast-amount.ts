/**
 * An exact integer fast path for the common cell: a number (or plain numeric text) with at most 4 decimals and
 * under 10^10. Such an amount is held as `units` = value × 10^4, an integer far below 2^53, so sums of thousands of
 * them are exact in integer arithmetic and balanced totals never touch the decimal type. Anything else (ties at the
 * display rounding, stored digits beyond the format, exotic text) returns undefined and takes the decimal path.
 */
import { cellAddress } from "../grid/address";
import { fromUnits, UNITS_PER_ONE, type Dec, formatDecimals, tenThousandths } from "../money";
import type { Amount } from "./recognise/types";

// The unit is the money module's; re-exported for the engine modules that import it from here.
export { UNITS_PER_ONE };
const LIMIT = 1e10;
/** UNITS_PER_ONE read once: an imported binding may be read through a getter on every use (CommonJS output). */
const SCALE = UNITS_PER_ONE;
const PLAIN = /^(-?)(\d{1,10})(?:\.(\d{1,4}))?$/;

export interface FastAmount {
  /** Value × 10^4, exact. */
  readonly units: number;
  /** Places the cell shows. */
  readonly decimals: number;
}

export function fastNumber(v: number, format: string | null): FastAmount | undefined {
  const reading = new FastReading();
  return reading.number(v, format) ? { units: reading.units, decimals: reading.decimals } : undefined;
}

export function fastText(text: string): FastAmount | undefined {
  const reading = new FastReading();
  return reading.text(text) ? { units: reading.units, decimals: reading.decimals } : undefined;
}

/**
 * fastNumber and fastText into one reusable result: reading a cell then allocates nothing (a large table has
 * hundreds of thousands of cells). A method returns false where the function returns undefined.
 */
export class FastReading implements FastAmount {
  units = 0;
  decimals = 0;
  /** The last format read and what it shows (places, -1 for as stored): a column's cells share one format. */
  private format: string | null = null;
  private shownPlaces = -1;
  private percent = false;
  /** After `text` read an amount: true when the text was plain number text (digits, a sign, a point: no spaces). */
  plainText = false;

  number(v: number, format: string | null): boolean {
    if (!(Math.abs(v) < LIMIT)) return false; // also NaN and the infinities
    if (format !== this.format) {
      const shown = formatDecimals(format);
      this.shownPlaces = shown.decimals ?? -1;
      this.percent = shown.percent;
      this.format = format;
    }
    if (this.percent) return false;
    // The stored value as Excel reads it (15 significant digits) in whole 1/10^4, exactly; else the decimal path.
    // tenThousandths' own first answer, asked here first: the common cell then costs no call.
    const quick = Math.round(v * SCALE);
    const k = quick / SCALE === v ? quick : tenThousandths(v);
    if (k === undefined) return false;
    // General: judged as stored. Stored digits beyond what is shown (incl. ties at .5): the exact decimal path.
    const d = this.shownPlaces;
    if (d < 0) this.decimals = placesOf(k);
    // A shown number of places asks one divisibility, not placesOf's up to four.
    else if (d > 4 || (d < 4 && !divisible(k, UNITS_PER_PLACE[d]!))) return false;
    else this.decimals = d;
    this.units = k === 0 ? 0 : k;
    return true;
  }

  text(text: string): boolean {
    // Most amount text is already plain ("1241.66"): read its digits in place, without trimming or a match array.
    const last = text.length - 1;
    if (last >= 0 && isDigit(text.charCodeAt(last))) {
      const first = text.charCodeAt(0);
      if (isDigit(first) || first === MINUS) return (this.plainText = this.plainDigits(text));
    }
    const m = PLAIN.exec(text.trim());
    if (!m) return false;
    this.plainText = false; // PLAIN matched only once trimmed
    const frac = m[3] ?? "";
    const units = Number(m[2]) * SCALE + (frac === "" ? 0 : Number(frac.padEnd(4, "0")));
    this.units = m[1] === "-" && units !== 0 ? -units : units;
    // Places as the decimal path counts them ("966.70" → 1): trailing zeros do not count.
    this.decimals = frac.replace(/0+$/, "").length;
    return true;
  }

  /** PLAIN's reading of text with no surrounding spaces, character by character: same units, same decimals. */
  private plainDigits(text: string): boolean {
    const end = text.length;
    const negative = text.charCodeAt(0) === MINUS;
    let i = negative ? 1 : 0;
    let whole = 0;
    const wholeStart = i;
    for (; i < end && isDigit(text.charCodeAt(i)); i++) whole = whole * 10 + (text.charCodeAt(i) - ZERO_CODE);
    if (i === wholeStart || i - wholeStart > 10) return false;
    let fraction = 0;
    let places = 0;
    let shown = 0;
    if (i < end) {
      if (text.charCodeAt(i) !== POINT) return false;
      for (i++; i < end && isDigit(text.charCodeAt(i)); i++) {
        const digit = text.charCodeAt(i) - ZERO_CODE;
        fraction = fraction * 10 + digit;
        places++;
        if (digit !== 0) shown = places;
      }
      if (i < end || places === 0 || places > 4) return false;
    }
    const units = whole * SCALE + fraction * FRACTION_SCALE[places]!;
    this.units = negative && units !== 0 ? -units : units;
    this.decimals = shown;
    return true;
  }
}

/** Per places shown (0 … 3), the units one last shown digit is worth: k shows within them when divisible. */
const UNITS_PER_PLACE = [SCALE, SCALE / 10, SCALE / 100, SCALE / 1000];

/** Places of k / 10^4 without trailing zeros (0 … 4). */
function placesOf(k: number): number {
  if (divisible(k, SCALE)) return 0;
  if (divisible(k, 1000)) return 1;
  if (divisible(k, 100)) return 2;
  return divisible(k, 10) ? 3 : 4;
}

/**
 * k % d === 0 for the fast path's |k| < 10^14 and d ≤ 10^4, without `%`: a remainder of a k beyond 2^31 is a
 * floating-point call, five times slower than a division. Exact: a whole quotient is exact in a double, and one that
 * is not whole lies at least 1/d from a whole number, far beyond the division's rounding (≤ 10^14 × 2^-53).
 */
function divisible(k: number, d: number): boolean {
  return Number.isInteger(k / d);
}

const MINUS = 45;
const ZERO_CODE = 48;
const POINT = 46;
/** Units per last digit of a fraction of 0 … 4 places (money's unit: 10^4 per one). */
const FRACTION_SCALE = [1, 10, 100, 1000, 10000].map((p) => UNITS_PER_ONE / p);

function isDigit(code: number): boolean {
  return code >= ZERO_CODE && code <= ZERO_CODE + 9;
}

/**
 * An amount read on the fast path: the decimal value and the A1 address are only made when a rule asks for them
 * (a large table holds hundreds of thousands of amounts; most are only added up).
 */
export class UnitsAmount implements Amount {
  private made: Dec | undefined;
  private address: string | undefined;
  constructor(
    readonly units: number,
    /** The A1 address, or undefined to make it from row and col when asked. */
    cell: string | undefined,
    readonly row: number,
    readonly col: number,
    readonly blank: boolean,
  ) {
    this.address = cell;
  }
  get value(): Dec {
    return (this.made ??= fromUnits(this.units));
  }
  get cell(): string {
    return (this.address ??= cellAddress(this.row, this.col));
  }
}
