/** The pane's own reads of the open workbook: quoted cell texts and a catalog sheet's values, one batch each. */
import type { CellRef } from "../../core";
import { REPORT_SHEET_NAME } from "./names";

/** The text of the given cells ("Sheet!A1" → text) in one round trip; cells holding no text are left out. */
export async function readCellTexts(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
): Promise<ReadonlyMap<string, string>> {
  const ranges = cells.map((ref) => ({
    key: `${ref.sheet}!${ref.cell}`,
    range: context.workbook.worksheets.getItem(ref.sheet).getRange(ref.cell).load("values"),
  }));
  await context.sync();
  const texts = new Map<string, string>();
  for (const { key, range } of ranges) {
    const value: unknown = range.values[0]?.[0];
    if (typeof value === "string") texts.set(key, value);
  }
  return texts;
}

/** The workbook's sheet names in order, without our report sheet. */
export async function readSheetNames(context: Excel.RequestContext): Promise<readonly string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name).filter((name) => name !== REPORT_SHEET_NAME);
}

/** The values of one sheet from A1 (so a catalog reader's messages name the sheet's own cells); undefined if absent. */
export async function readSheetValues(
  context: Excel.RequestContext,
  sheet: string,
): Promise<(string | number | boolean)[][] | undefined> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (worksheet.isNullObject) return undefined;
  const used = worksheet.getRange("A1").getBoundingRect(worksheet.getUsedRange(true)).load("values");
  await context.sync();
  return used.values as (string | number | boolean)[][];
}

/** The reads above, each in its own Excel.run (looked up at call time: the pane outside Office never calls them). */
export const excelReads = {
  cellTexts: (cells: readonly CellRef[]) => Excel.run((context) => readCellTexts(context, cells)),
  sheetNames: () => Excel.run((context) => readSheetNames(context)),
  sheetValues: (sheet: string) => Excel.run((context) => readSheetValues(context, sheet)),
};
