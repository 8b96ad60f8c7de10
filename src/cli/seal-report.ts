/**
 * What every report workbook we write guarantees (issue #9): it is stamped as ours (creator and last-modified-by,
 * so a later run may replace it; see own-report.ts), and every text cell holds only what XML can (workbook text may
 * carry any control character) and no more than Excel's 32,767 characters. The report workbook writer passes each
 * row's values through sealValue before the row is added.
 */
import type ExcelJS from "exceljs";
import { dropXmlInvalid, fitExcelCell } from "../core";
import { REPORT_AUTHOR } from "./own-report";

/** The document properties that mark a report workbook as ours. */
export const REPORT_STAMP = { creator: REPORT_AUTHOR, lastModifiedBy: REPORT_AUTHOR } as const;

function fitText(text: string): string {
  return fitExcelCell(dropXmlInvalid(text));
}

/** One cell value as it may be written: text (also a link's text and target) XML-safe and cut to Excel's limit. */
export function sealValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === "string") return fitText(value);
  if (typeof value === "object" && value !== null && "hyperlink" in value)
    return { ...value, text: fitText(String(value.text)), hyperlink: fitText(value.hyperlink) };
  return value;
}
