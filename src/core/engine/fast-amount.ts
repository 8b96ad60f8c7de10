/**
 * An exact integer fast path for the common cell: a number (or plain numeric text) with at most 4 decimals and
 * under 10^10. Such an amount is held as `units` = value × 10^4, an integer far below 2^53, so sums of thousands of
 * them are exact in integer arithmetic and balanced totals never touch the decimal type. Anything else (ties at the
 * display rounding, stored digits beyond the format, exotic text) returns undefined and takes the decimal path.
 */
import { Dec, formatDecimals } from "../money";
import type { Amount } from "./recognise/types";

export const UNITS_PER_ONE = 10000;
const POW = [1, 10, 100, 1000, 10000];
const LIMIT = 1e10;
const PLAIN = /^(-?)(\d{1,10})(?:\.(\d{1,4}))?$/;

export interface FastAmount {
  /** Value × 10^4, exact. */
  readonly units: number;
  /** Places the cell shows. */
  readonly decimals: number;
}

export function fastNumber(v: number, format: string | null): FastAmount | undefined {
  if (!Number.isFinite(v) || Math.abs(v) >= LIMIT) return undefined;
  const shown = formatDecimals(format);
  if (shown.percent) return undefined;
  // General: judged as stored; take the fast path only for up to 4 decimals.
  let d = shown.decimals;
  if (d === null) {
    for (d = 0; d <= 4; d++) {
      const x = v * POW[d]!;
      if (Math.abs(x - Math.round(x)) < 1e-7) break;
    }
    if (d > 4) return undefined;
  }
  if (d > 4) return undefined;
  const x = Math.abs(v) * POW[d]!;
  const r = Math.round(x);
  // Stored digits beyond what is shown (incl. ties at .5): leave it to the exact decimal path.
  if (Math.abs(x - r) > 1e-7) return undefined;
  const units = (v < 0 ? -r : r) * POW[4 - d]!;
  return { units: units === 0 ? 0 : units, decimals: d };
}

export function fastText(text: string): FastAmount | undefined {
  const m = PLAIN.exec(text.trim());
  if (!m) return undefined;
  const frac = m[3] ?? "";
  const units = Number(m[2]) * UNITS_PER_ONE + (frac === "" ? 0 : Number(frac.padEnd(4, "0")));
  // Places as the decimal path counts them ("966.70" → 1): trailing zeros do not count.
  return { units: m[1] === "-" && units !== 0 ? -units : units, decimals: frac.replace(/0+$/, "").length };
}

const TEN_THOUSAND = new Dec(UNITS_PER_ONE);

/** An amount read on the fast path: the decimal value is only made when a rule asks for it. */
export class UnitsAmount implements Amount {
  private made: Dec | undefined;
  constructor(
    readonly units: number,
    readonly cell: string,
    readonly row: number,
    readonly col: number,
    readonly blank: boolean,
  ) {}
  get value(): Dec {
    return (this.made ??= new Dec(this.units).dividedBy(TEN_THOUSAND));
  }
}
