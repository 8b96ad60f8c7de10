/** Browser mode: the pane outside Office reads .xlsx files in the page (ExcelJS), nothing is uploaded. */
export { preloadExcelJs, readXlsxBytes } from "./read-xlsx";
export type { BrowserReadOutcome, BrowserReadProblem, WorkbookFactory } from "./read-xlsx";
export { loadSample, readPickedFile, SAMPLE_NAME, SAMPLE_PATH, SAMPLE_SNAPSHOT_PATH } from "./load-sample";
export { jsonDownload, reportStem, xlsxDownload } from "./export-report";
export type { Download } from "./export-report";
