import { Dec } from "./decimal";

/** What a number format code says about the digits it shows. */
export interface FormatDecimals {
  /** Places shown after the point (of the percentage when `percent`); null = General, text, date or unknown: judge as stored. */
  readonly decimals: number | null;
  /** True when the format shows value × 100 followed by "%". */
  readonly percent: boolean;
}

const AS_STORED: FormatDecimals = { decimals: null, percent: false };
const cache = new Map<string, FormatDecimals>();

/**
 * Decimals a number format shows: "#,##0.00" → 2, "0" → 0, "0.0%" → 1 and percent, "0.00_);(0.00)" → 2,
 * "General" / "@" / dates / scientific / thousands-scaled ("#,##0,") → null (judged as stored).
 * Only the first (positive) section counts; quoted text, [colour]/[$-804] tags, \x, _x and *x are ignored.
 *
 * @param numberFormat the cell's format code; undefined/null/"" mean General.
 */
export function formatDecimals(numberFormat?: string | null): FormatDecimals {
  if (numberFormat === undefined || numberFormat === null || numberFormat === "") return AS_STORED;
  let known = cache.get(numberFormat);
  if (known === undefined) {
    known = parseFormat(numberFormat);
    if (cache.size >= 1000) cache.clear(); // a workbook has a few dozen formats; never grow without bound
    cache.set(numberFormat, known);
  }
  return known;
}

function parseFormat(code: string): FormatDecimals {
  const section = firstSection(code)
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "");
  if (/general/i.test(section) || section.includes("@") || /[eE][+-]/.test(section)) return AS_STORED;
  if (/[yYmMdDhHsS/]/.test(section)) return AS_STORED; // a date, time or fraction: not an amount
  const digits = /[0#?][0#?,]*(?:\.[0#?]*)?,*/.exec(section);
  if (digits === null) return AS_STORED;
  if (/[0#?],+$/.test(digits[0])) return AS_STORED; // "#,##0," scales by 1000: shown in another unit
  const point = digits[0].indexOf(".");
  const decimals = point < 0 ? 0 : (digits[0].slice(point + 1).match(/[0#?]/g) ?? []).length;
  return { decimals, percent: section.includes("%") };
}

function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i += 1) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i += 1;
    else if (ch === ";" && !quoted) return code.slice(0, i);
  }
  return code;
}

/**
 * The value a cell displays, as a decimal: the stored value rounded half-up to the places its format shows
 * (1241.655 with "#,##0.00" → 1241.66; 0.76624 with "0.00%" → 0.7662). As stored when the format says nothing.
 *
 * @param stored the stored value already read to 15 significant digits (fromExcelNumber / readAmount).
 * @param format the result of formatDecimals.
 */
export function displayedValue(stored: Dec, format: FormatDecimals): Dec {
  if (format.decimals === null) return stored;
  const places = format.percent ? format.decimals + 2 : format.decimals;
  return stored.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}
