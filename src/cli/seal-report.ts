/**
 * The last step before a report workbook is written: it is stamped as ours (creator and last-modified-by, so a
 * later run may replace it; see own-report.ts), and every text cell holds only what XML can (workbook text may
 * carry any control character) and no more than Excel's 32,767 characters (issue #9).
 */
import type ExcelJS from "exceljs";
import { dropXmlInvalid, fitExcelCell } from "../core/text";
import { REPORT_AUTHOR } from "./own-report";

function fitText(text: string): string {
  return fitExcelCell(dropXmlInvalid(text));
}

function sealCell(cell: ExcelJS.Cell): void {
  const value = cell.value;
  if (typeof value === "string") cell.value = fitText(value);
  else if (typeof value === "object" && value !== null && "hyperlink" in value)
    cell.value = { ...value, text: fitText(String(value.text)), hyperlink: fitText(value.hyperlink) };
}

export function sealReportWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.creator = REPORT_AUTHOR;
  workbook.lastModifiedBy = REPORT_AUTHOR;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell(sealCell));
  }
  return workbook;
}
