/** Figures in narrative text: amounts with 元/万元 and percentages, with where they stand. */
import { Dec } from "../../money";
import type { NarrativeUnit, PrintedNumber } from "./types";

export interface TextFigure {
  readonly start: number;
  readonly end: number;
  readonly number: PrintedNumber;
  /** 元 / 万元 for an amount, undefined for a percentage. */
  readonly unit?: NarrativeUnit;
}

const NUMBER = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const FIGURE = new RegExp(String.raw`(${NUMBER})\s*(万元|元|%)`, "g");
/** "单价 50 万元以上": a threshold, not an amount the tables state. */
const THRESHOLD_AFTER = /\s*(以上|以下|以内|及以上|及以下)/y;
const THRESHOLD_BEFORE = /(≤|≥|<|>|不超过|不低于|不少于|超过|低于)\s*$/;
/** "1e309 万元", "1.5E+3 万元": the digits after the exponent mark are not an amount of their own. */
const EXPONENT_BEFORE = /[\d.][eE][-+]?$/;
/** Decimals as printed, capped as a cell's are (cell-amount.ts): 25 printed decimals are compared at 10. */
const MAX_FIGURE_DECIMALS = 10;

/** Every amount and percentage in normalised text, in order. */
export function findFigures(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const digits = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && isDigit(text.charCodeAt(start - 1))) continue; // the tail of a longer digit run (a code or a date)
    if (EXPONENT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue; // better missing than misread
    // Sticky: matched right at `end`, without copying the rest of the text for every figure.
    THRESHOLD_AFTER.lastIndex = end;
    if (THRESHOLD_AFTER.test(text) || THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const plain = digits.replace(/,/g, "");
    const dot = plain.indexOf(".");
    const number: PrintedNumber = {
      value: new Dec(plain),
      decimals: dot < 0 ? 0 : Math.min(MAX_FIGURE_DECIMALS, plain.length - dot - 1),
      text: digits,
    };
    const mark = m[2]!;
    figures.push(mark === "%" ? { start, end, number } : { start, end, number, unit: mark as NarrativeUnit });
  }
  return figures;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
