/**
 * The cells of a sheet that hold words: every text cell except plain number text ("1241.66", "-3", "201", "1,200").
 * Rules that look for wording (template placeholders, "本表为空表", 编制部门 lines) read only these; on a large sheet
 * with amounts stored as text, numbers are nearly all of its strings. None of those rules' patterns can match text
 * made of digits, points, commas and signs only. Kept per recognised workbook, that is per check.
 */
import type { SheetSnapshot } from "../grid/snapshot";
import type { RecognisedWorkbook } from "./recognise/types";

/** Word cells in sheet order (row by row, left to right), as parallel lists (typed: a sheet may hold 100,000). */
export interface SheetWords {
  /** How many word cells. */
  readonly length: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /**
   * The distinct texts in the order first met, and per text the index of its first cell. A large table repeats a
   * few dozen names over thousands of rows: a pattern is tested once per distinct text, not once per cell.
   */
  readonly distinct: readonly string[];
  readonly firstCell: readonly number[];
  /** Per word cell: the index of its text in `distinct` (its text is distinct[textIndex[i]]). */
  readonly textIndex: Int32Array;
}

const byWorkbook = new WeakMap<RecognisedWorkbook, Map<SheetSnapshot, SheetWords>>();

export function sheetWords(workbook: RecognisedWorkbook, sheet: SheetSnapshot): SheetWords {
  let sheets = byWorkbook.get(workbook);
  if (sheets === undefined) byWorkbook.set(workbook, (sheets = new Map<SheetSnapshot, SheetWords>()));
  let words = sheets.get(sheet);
  if (words === undefined) sheets.set(sheet, (words = collect(sheet)));
  return words;
}

function collect(sheet: SheetSnapshot): SheetWords {
  // Three typed lists grown by doubling, not four arrays pushed per cell: a large sheet has a name on every row.
  let rows: Int32Array = new Int32Array(Math.max(16, sheet.values.length));
  let cols: Int32Array = new Int32Array(rows.length);
  let textIndex: Int32Array = new Int32Array(rows.length);
  let length = 0;
  const distinct: string[] = [];
  const firstCell: number[] = [];
  const indexOf = new Map<string, number>();
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || plainNumberText(v)) continue;
      let d = indexOf.get(v);
      if (d === undefined) {
        d = distinct.length;
        distinct.push(v);
        firstCell.push(length);
        indexOf.set(v, d);
      }
      if (length === rows.length) {
        rows = doubled(rows);
        cols = doubled(cols);
        textIndex = doubled(textIndex);
      }
      rows[length] = r;
      cols[length] = c;
      textIndex[length++] = d;
    }
  }
  return {
    length,
    rows: rows.subarray(0, length),
    cols: cols.subarray(0, length),
    textIndex: textIndex.subarray(0, length),
    distinct,
    firstCell,
  };
}

function doubled(list: Int32Array): Int32Array {
  const grown = new Int32Array(list.length * 2);
  grown.set(list);
  return grown;
}

/** 1 at the codes of "0"…"9", ".", ",", "-" and "+". */
const NUMBER_CHARS = new Uint8Array(128);
for (const ch of "0123456789.,-+") NUMBER_CHARS[ch.charCodeAt(0)] = 1;

/** Only digits, points, commas and signs (the empty text too): no wording pattern can match it. */
function plainNumberText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || NUMBER_CHARS[code] === 0) return false;
  }
  return true;
}
