/**
 * A narrative finding quotes the text as the reader parsed it: full-width brackets, digits and punctuation made
 * half-width and spaces added between words and figure ("基本支出(人员) 12.00 万元"). The reader searches the workbook
 * for what the cell holds ("基本支出（人员）12.00万元"), so the pane shows the cell's own characters for a quote it
 * can find there.
 */

/** The character as the narrative reader compares it: full-width ASCII made half-width, the minus sign a hyphen. */
function comparable(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  if (code === 0x2212) return "-";
  return ch;
}

const SPACE = /\s/u;

/** The text with spaces dropped and characters made comparable, and where each kept character stood in `text`. */
function compact(text: string): {
  readonly chars: string;
  readonly at: readonly number[];
  readonly end: readonly number[];
} {
  let chars = "";
  const at: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!SPACE.test(ch) && ch !== "\u3000") {
      const c = comparable(ch);
      for (let k = 0; k < c.length; k++) {
        at.push(i);
        end.push(i + ch.length);
      }
      chars += c;
    }
    i += ch.length;
  }
  return { chars, at, end };
}

/** The quote as `held` (the paragraph's cell) writes it, or the quote itself when the cell does not contain it. */
export function asHeld(quote: string, held: string | undefined): string {
  if (held === undefined || quote.trim() === "") return quote;
  const wanted = compact(quote).chars;
  const cell = compact(held);
  const start = wanted === "" ? -1 : cell.chars.indexOf(wanted);
  if (start === -1) return quote;
  return held.slice(cell.at[start], cell.end[start + wanted.length - 1]);
}
