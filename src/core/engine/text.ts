const cache = new Map<string, string>();

/**
 * Per UTF-16 code unit, 1 when normalising removes or replaces it: JavaScript's \s (spaces, line breaks, U+3000,
 * U+00A0, U+FEFF …), full-width brackets and colon, quotes. A table, not a regex: asked of every label of a large
 * table, and a regex call costs more than reading a short label.
 */
const CHANGING = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CHANGING[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) CHANGING[c] = 1;
for (const ch of '（［【）］】：“”"「」『』') CHANGING[ch.charCodeAt(0)] = 1;

/**
 * Code units from U+3012 to U+FEFE (CJK among them) are never changed (text.spec.ts tries every unit): answered
 * without reading the table, whose CJK part is spread over more memory than the first-level cache holds.
 */
const QUIET_FROM = 0x3012;
const QUIET_TO = 0xfefe;

/** True when normaliseText removes or replaces this UTF-16 code unit. */
export function normalisingChanges(code: number): boolean {
  return (code < QUIET_FROM || code > QUIET_TO) && CHANGING[code] === 1;
}

/** True when normaliseText changes the text. */
export function changesOnNormalising(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (normalisingChanges(text.charCodeAt(i))) return true;
  return false;
}

/** Header and label text as compared by the recogniser: no spaces, half-width brackets and colons. */
export function normaliseText(value: unknown): string {
  if (typeof value !== "string") return value === null || value === undefined ? "" : String(value);
  if (!changesOnNormalising(value)) return value;
  const known = cache.get(value);
  if (known !== undefined) return known;
  const text = value
    .replace(/[\s\u3000\u00a0]+/g, "")
    .replace(/[（［【]/g, "(")
    .replace(/[）］】]/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"「」『』]/g, "");
  // Bounded: a workbook's distinct header and label texts, not every paragraph ever seen.
  if (cache.size > 20000) cache.clear();
  cache.set(value, text);
  return text;
}

/** "一、" / "（三）" / "其中:" prefixes of summary-table labels. */
export type LabelLevel = "level1" | "level2" | "of-which" | "plain";

const CN_NUMERAL = "[一二三四五六七八九十百零〇]+";
const LEVEL1 = new RegExp(`^${CN_NUMERAL}[、.．,，]`);
const LEVEL2 = new RegExp(`^\\(${CN_NUMERAL}\\)`);

export function labelLevel(normalised: string): LabelLevel {
  if (normalised.startsWith("其中")) return "of-which";
  if (LEVEL2.test(normalised)) return "level2";
  if (LEVEL1.test(normalised)) return "level1";
  return "plain";
}

/** The label without its "一、" / "（一）" prefix. */
export function stripLabelPrefix(normalised: string): string {
  return normalised
    .replace(LEVEL1, "")
    .replace(LEVEL2, "")
    .replace(/^其中:?/, "");
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "三十四" → 34 (up to 99), undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (!/^[一二三四五六七八九十零〇]+$/.test(text)) return undefined;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const ones = ten === text.length - 1 ? 0 : DIGITS[text.slice(ten + 1)];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

/** The ordinal of a "一、…" or "（一）…" label. */
export function labelOrdinal(normalised: string): number | undefined {
  const match = /^\(?([一二三四五六七八九十零〇]+)[)、.．,，]/.exec(normalised);
  return match ? chineseNumber(match[1]!) : undefined;
}
