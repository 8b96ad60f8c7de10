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
/**
 * "870.00万，" (the project sheets of the Shanghai template) is 870.00 万元: a bare 万 is read as 万元 only where
 * nothing follows it but punctuation, a space or the end, so "1.5万人" or "3万平方米" stay counts, not amounts.
 */
const FIGURE = new RegExp(String.raw`(${NUMBER})\s*(万元|元|%|万(?=[\s，,。；;、：:）)]|$))`, "g");
/** "单价 50 万元以上": a threshold, not an amount the tables state. */
const THRESHOLD_AFTER = /\s*(\(含\)|（含）)?\s*(以上|以下|以内|及以上|及以下)/y;
const THRESHOLD_BEFORE = /(≤|≥|<|>|不超过|不低于|不少于|超过|低于)\s*$/;
/** "1e309 万元", "1.5E+3 万元": the digits after the exponent mark are not an amount of their own. */
const EXPONENT_BEFORE = /[\d.][eE][-+]?$/;
/** Decimals as printed, capped as a cell's are (cell-amount.ts): 25 printed decimals are compared at 10. */
const MAX_FIGURE_DECIMALS = 10;

/** Every amount and percentage in normalised text, in order. */
export function findFigures(text: string): TextFigure[] {
  return scanFigures(text).figures;
}

/** The amounts left out as thresholds ("单价100万元（含）以上"): no table states them, the report says so. */
export function findThresholds(text: string): TextFigure[] {
  return scanFigures(text).thresholds;
}

function scanFigures(text: string): { figures: TextFigure[]; thresholds: TextFigure[] } {
  const figures: TextFigure[] = [];
  const thresholds: TextFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const digits = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && isDigit(text.charCodeAt(start - 1))) continue; // the tail of a longer digit run (a code or a date)
    if (EXPONENT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue; // better missing than misread
    // Sticky: matched right at `end`, without copying the rest of the text for every figure.
    THRESHOLD_AFTER.lastIndex = end;
    const threshold = THRESHOLD_AFTER.test(text) || THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    const plain = digits.replace(/,/g, "");
    const dot = plain.indexOf(".");
    const number: PrintedNumber = {
      value: new Dec(plain),
      decimals: dot < 0 ? 0 : Math.min(MAX_FIGURE_DECIMALS, plain.length - dot - 1),
      text: digits,
    };
    const mark = m[2] === "万" ? "万元" : m[2]!;
    const figure = mark === "%" ? { start, end, number } : { start, end, number, unit: mark as NarrativeUnit };
    (threshold ? thresholds : figures).push(figure);
  }
  return { figures, thresholds };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
