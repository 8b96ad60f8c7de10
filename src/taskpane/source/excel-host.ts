import type { Report } from "../../core/findings";
import { readWorkbookSnapshot } from "../../host/excel/read-workbook";
import { checkSnapshot } from "./check-snapshot";
import type { CheckedWorkbook, PaneHost } from "./pane-host";

/** The pane inside Excel: reads the open workbook through the Excel adapter and selects cells with Office.js. */
export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;

  async check(options: Parameters<PaneHost["check"]>[0]): Promise<CheckedWorkbook> {
    const snapshot = await Excel.run((context) => readWorkbookSnapshot(context));
    return checkSnapshot(snapshot, options);
  }

  async sheetNames(): Promise<readonly string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async sheetValues(sheet: string) {
    return Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject) return undefined;
      // From A1, so row and column indices are those of the sheet (a catalog's messages name cells).
      const used = worksheet.getRange("A1").getBoundingRect(worksheet.getUsedRange(true)).load("values");
      await context.sync();
      return used.values as (string | number | boolean)[][];
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  exportReport?: (report: Report) => Promise<string>;
}
