import ExcelJS from "exceljs";
import type { CellValue } from "../../core";

/** The sheet an exported catalog is written to. */
export const CATALOG_SHEET = "科目表";

/**
 * Writes a catalog grid (catalogToGrid) as a one-sheet workbook. Every cell is text (format "@"), so a code keeps its
 * digits as written and Excel does not turn "01" or a long code into a number.
 */
export async function writeCatalogWorkbook(grid: readonly (readonly CellValue[])[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(CATALOG_SHEET);
  for (const values of grid) {
    const row = sheet.addRow(values.map((v) => (v === null ? null : String(v))));
    row.eachCell((cell) => {
      cell.numFmt = "@";
    });
  }
  sheet.getRow(2).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  for (const [column, width] of [
    [1, 12],
    [2, 36],
    [5, 10],
    [8, 60],
  ] as const)
    sheet.getColumn(column).width = width;
  await workbook.xlsx.writeFile(file);
}
