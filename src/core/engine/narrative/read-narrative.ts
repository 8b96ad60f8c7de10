/**
 * A 情况说明 sheet → paragraphs with claims. One paragraph per cell, or per line when a cell holds
 * several; numbered headings ("六、一般公共预算基本支出情况说明", "（二）政府采购支出情况") set what the paragraphs
 * under them are about.
 */
import type { SheetSnapshot } from "../../grid/snapshot";
import { cellAddress } from "../../grid/address";
import { findFigures } from "./figures";
import { readHeadingWords } from "./name-quantity";
import { compactWords, normaliseNarrative } from "./normalise";
import { readParagraph } from "./read-paragraph";
import type { HeadingContext, Paragraph } from "./types";

const ROOT: HeadingContext = { scope: "none", topics: [], headings: [] };
const NUMERAL = "[一二三四五六七八九十]+";
const PART = new RegExp(`^第${NUMERAL}部分`);
const LEVEL1 = new RegExp(`^${NUMERAL}[、.]`);
const LEVEL2 = new RegExp(`^\\(${NUMERAL}\\)`);
const HEADING_MAX = 60;

export function readNarrativeSheet(sheet: SheetSnapshot): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let level1 = ROOT;
  let context = ROOT;
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value !== "string" || insideMerge(sheet, r, c)) return;
      for (const line of value.split(/\r?\n/)) {
        const text = line.trim();
        if (text === "") continue;
        const level = headingLevel(text);
        if (level === 0) level1 = context = ROOT;
        else if (level === 1) level1 = context = readHeadingWords(text, ROOT);
        else if (level === 2) context = readHeadingWords(text, level1);
        else
          paragraphs.push({
            sheet: sheet.name,
            cell: cellAddress(r, c),
            text,
            context,
            claims: readParagraph(text, context),
          });
      }
    });
  });
  return paragraphs;
}

/** 0 = 第二部分, 1 = 一、, 2 = （一）; undefined = a paragraph (it has figures, or is long, or is not numbered). */
function headingLevel(text: string): 0 | 1 | 2 | undefined {
  const compact = compactWords(normaliseNarrative(text));
  if (compact.length > HEADING_MAX || findFigures(normaliseNarrative(text)).length > 0) return undefined;
  if (PART.test(compact)) return 0;
  if (LEVEL1.test(compact)) return 1;
  if (LEVEL2.test(compact)) return 2;
  return undefined;
}

/** A cell inside a merged area but not its top-left (some files repeat the text there). */
function insideMerge(sheet: SheetSnapshot, row: number, col: number): boolean {
  return (sheet.merges ?? []).some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}
