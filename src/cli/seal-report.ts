/**
 * The last step before a report workbook is written: it is stamped as ours (creator and last-modified-by, so a
 * later run may replace it; see own-report.ts).
 */
import type ExcelJS from "exceljs";
import { REPORT_AUTHOR } from "./own-report";

export function sealReportWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.creator = REPORT_AUTHOR;
  workbook.lastModifiedBy = REPORT_AUTHOR;
  return workbook;
}
