/** File adapter (ExcelJS): .xlsx/.xlsm → WorkbookSnapshot for the engine, and the reviewer's .xlsx report. */
export { readWorkbookFile, readWorkbookBuffer } from "./read-workbook";
export type { ReadOutcome } from "./read-workbook";
export type { ReadProblem, ReadProblemKind } from "./read-problem";
export { fileKind } from "./file-kind";
export type { FileKind } from "./file-kind";
export { sheetSnapshot, parseRange } from "./sheet-snapshot";
export { readCell, dateToSerial } from "./cell-value";
export { reportWorkbook, cellLink, fileLink } from "./write-report";
export type { CheckedWorkbook } from "./write-report";
export { REPORT_LABELS } from "./report-labels";
export type { ReportLabels } from "./report-labels";
