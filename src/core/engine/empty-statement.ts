/** Whether a table says that it is empty ("本表为空表", "本部门无政府性基金预算…"), in its notes or anywhere on its sheet. */
import type { SheetSnapshot } from "../grid/snapshot";

/** Any wording that says a table has nothing in it. */
export const EMPTY_STATEMENT = /空表|无(数据|收支|支出|收入|此项|相关)|没有|未安排|无使用|不涉及/;

/** The plain "this table is empty" wording: only this is taken as a claim about the table's own cells. */
export const EMPTY_TABLE_CLAIM = /本表为空|为空表|空表|本表无数据/;

/** The first cell of the sheet whose text matches, as [row, col], or undefined. */
export function findStatement(sheet: SheetSnapshot | undefined, pattern: RegExp): [number, number] | undefined {
  const values = sheet?.values ?? [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && pattern.test(v.replace(/\s/g, ""))) return [r, c];
    }
  }
  return undefined;
}
