/**
 * The report workbook writer, shared by the command line and the page: rows in, .xlsx chunks out to a sink. No Node
 * API (fflate compresses); the command line streams the chunks to a file, the page collects them.
 */
export { ReportWorkbookWriter, reportWorkbookBytes, EXCEL_DATA_ROWS } from "./writer";
export type { ReportedWorkbook, ReportSink, ReportWorkbookOptions } from "./writer";
export { findingRows } from "./finding-rows";
export type { FindingRow } from "./finding-rows";
export { amountCell } from "./cells";
export { cellLink, pathLink, quoteSheet } from "./links";
export { REPORT_AUTHOR } from "./package-parts";
export { reportLabels } from "./labels";
export type { ReportLabels } from "./labels";
