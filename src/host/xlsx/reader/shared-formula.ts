/**
 * Shared formulas: Excel stores a formula filled down or across once, in the first cell of the block, and the other
 * cells say "same as that one". Each such cell's formula is the first one with its relative references moved by the
 * cell's distance from the first (absolute "$" parts stay). Text in quotes and quoted sheet names are left alone.
 */
import { columnName } from "../../../core";
import { MAX_COLUMNS, MAX_ROWS } from "./cell-reference";

const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/y;
/** Characters that make a run of letters and digits part of a longer name, not a reference. */
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/** The end of a quoted run starting at `start` ('…' or "…", with the quote doubled inside). */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}

/** `formula` (without "=") as it reads `rows` rows down and `cols` columns right of where it was written. */
export function moveFormula(formula: string, rows: number, cols: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const startsName = i === 0 || !NAME_CHAR.test(formula[i - 1]!);
    REFERENCE.lastIndex = i;
    const match = startsName ? REFERENCE.exec(formula) : null;
    const next = match ? formula[i + match[0].length] : undefined;
    if (match && (next === undefined || !(NAME_CHAR.test(next) || next === "(" || next === "!"))) {
      const [text, colDollar, letters, rowDollar, digits] = match as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const col = columnNumber(letters) + (colDollar ? 0 : cols);
      const row = Number(digits) + (rowDollar ? 0 : rows);
      if (columnNumber(letters) <= MAX_COLUMNS) {
        out +=
          col < 1 || row < 1 || col > MAX_COLUMNS || row > MAX_ROWS
            ? "#REF!"
            : `${colDollar}${columnName(col - 1)}${rowDollar}${row}`;
        i += text.length;
        continue;
      }
    }
    // Not a reference: copy the whole name (so "LOG10" or "Sheet1" is never read from its middle).
    let end = i + 1;
    if (NAME_CHAR.test(ch)) while (end < formula.length && NAME_CHAR.test(formula[end]!)) end++;
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}
