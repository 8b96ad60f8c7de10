/**
 * The cells of a sheet that hold words: every text cell except plain number text ("1241.66", "-3", "201", "1,200").
 * Rules that look for wording (template placeholders, "本表为空表", 编制部门 lines) read only these; on a large sheet
 * with amounts stored as text, numbers are nearly all of its strings. None of those rules' patterns can match text
 * made of digits, points, commas and signs only. Kept per recognised workbook, that is per check.
 */
import type { SheetSnapshot } from "../grid/snapshot";
import { oncePer } from "./once-per";
import { DistinctTexts } from "../text/distinct-texts";
import type { RecognisedWorkbook } from "./recognise/types";
import { RoleAmounts } from "./role-amounts";

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

/** Per check (its recognised workbook), each sheet's words. */
const sheetsOf = oncePer((_workbook: RecognisedWorkbook) => new Map<SheetSnapshot, SheetWords>());

export function sheetWords(workbook: RecognisedWorkbook, sheet: SheetSnapshot): SheetWords {
  const sheets = sheetsOf(workbook);
  let words = sheets.get(sheet);
  if (words === undefined) sheets.set(sheet, (words = collect(sheet, plainCellsOf(workbook, sheet))));
  return words;
}

/** No plain cells known on a row that two readings name differently (then every cell of it is looked at). */
const MIXED: readonly number[] = [];

/**
 * Per sheet row, the columns (ascending) the tables read amounts from on the fast path out of cells holding no words
 * (AmountStore.plainCells): those cells need no second look. A large table's amount cells are most of its sheet.
 */
function plainCellsOf(workbook: RecognisedWorkbook, sheet: SheetSnapshot): (readonly number[] | undefined)[] {
  const byRow = new Array<readonly number[] | undefined>(sheet.values.length);
  const sorted = new Map<readonly number[], readonly number[]>();
  let lastCols: readonly number[] | undefined;
  let ascending: readonly number[] = MIXED;
  for (const table of workbook.tables) {
    if (table.sheet !== sheet.name) continue;
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const amounts = rows[i]!.amounts;
      if (!(amounts instanceof RoleAmounts)) continue;
      const r = amounts.plainRow();
      if (r < 0) continue;
      // Rows of one layout share its columns: sorted once per layout (consecutive rows nearly always share it).
      const cols = amounts.cols;
      if (cols !== lastCols) {
        lastCols = cols;
        const known = sorted.get(cols);
        if (known !== undefined) ascending = known;
        else sorted.set(cols, (ascending = [...cols].sort((a, b) => a - b)));
      }
      const known = byRow[r];
      byRow[r] = known === undefined || known === ascending ? ascending : MIXED;
    }
  }
  return byRow;
}

function collect(sheet: SheetSnapshot, plainCells: readonly (readonly number[] | undefined)[]): SheetWords {
  // Three typed lists (grown by doubling when needed), not four arrays pushed per cell.
  // Room for a row's worth of words and some more: a large table has about one word cell a row (its name) and a
  // few dozen in its header, and a list one short doubles once for all.
  let rows: Int32Array = new Int32Array(16 + sheet.values.length + (sheet.values.length >> 3));
  let cols: Int32Array = new Int32Array(rows.length);
  let textIndex: Int32Array = new Int32Array(rows.length);
  let length = 0;
  const distinct = new DistinctTexts();
  const firstCell: number[] = [];
  const others = new OtherColumns();
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const look = others.of(plainCells[r] ?? MIXED, row.length);
    for (let k = 0; k < look.length; k++) {
      const c = look[k]!;
      const v = row[c];
      if (typeof v !== "string" || plainNumberText(v)) continue;
      const d = distinct.numberOf(v);
      // A text met for the first time: this cell is its first.
      if (d === firstCell.length) firstCell.push(length);
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
    distinct: distinct.texts,
    firstCell,
  };
}

/**
 * The columns of a row to look at: those under its length that are not plain cells, ascending. Consecutive rows
 * nearly always share their plain cells and length, so the list is made once per run of them: a large table's rows
 * then visit their few word columns (name, code) instead of every cell.
 */
class OtherColumns {
  private skip: readonly number[] | undefined;
  private width = -1;
  private list: number[] = [];

  of(skip: readonly number[], width: number): readonly number[] {
    if (skip !== this.skip || width !== this.width) {
      [this.skip, this.width, this.list] = [skip, width, []];
      for (let c = 0, k = 0; c < width; c++) {
        if (k < skip.length && skip[k] === c) k++;
        else this.list.push(c);
      }
    }
    return this.list;
  }
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
