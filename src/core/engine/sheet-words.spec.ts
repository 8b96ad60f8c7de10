import type { SheetSnapshot } from "../grid/snapshot";
import type { RecognisedWorkbook } from "./recognise/types";
import { AmountStore } from "./role-amounts";
import { sheetWords } from "./sheet-words";

/** A workbook whose one table read row 1's amounts from columns 2 and 1 (in that order) into the store. */
function workbookOf(sheet: SheetSnapshot, store: AmountStore): RecognisedWorkbook {
  store.setUnits("total", 100, 2, false);
  store.setUnits("basic", 0, 1, true);
  const amounts = store.commit(1);
  const table = { sheet: sheet.name, rows: [{ row: 1, kind: "item", label: "", amounts }] };
  return { tables: [table], sheets: new Map([[sheet.name, sheet]]) } as unknown as RecognisedWorkbook;
}

const sheet: SheetSnapshot = {
  name: "表一",
  values: [
    ["名称", "合计", "基本"],
    ["教育", "（marked plain）", "( 100 )"],
    ["科学", "x", "1,200"],
  ],
};

test("cells a table read as plain amounts are not looked at again; every other text cell is", () => {
  const words = sheetWords(workbookOf(sheet, new AmountStore(2, 1)), sheet);
  const texts = Array.from(words.textIndex, (d) => words.distinct[d]);
  expect(texts).toEqual(["名称", "合计", "基本", "教育", "科学", "x"]);
  expect([...words.rows]).toEqual([0, 0, 0, 1, 2, 2]);
  expect([...words.cols]).toEqual([0, 1, 2, 0, 0, 1]);
});

test("a store that read a cell with words (text with spaces) has all its cells looked at", () => {
  const store = new AmountStore(2, 1);
  store.holdsWordCells();
  const words = sheetWords(workbookOf(sheet, store), sheet);
  expect(Array.from(words.textIndex, (d) => words.distinct[d])).toEqual([
    "名称",
    "合计",
    "基本",
    "教育",
    "（marked plain）",
    "( 100 )",
    "科学",
    "x",
  ]);
});
