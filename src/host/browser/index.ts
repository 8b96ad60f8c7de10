/** Browser mode: the pane outside Office reads .xlsx files in the page with the shared reader, nothing is uploaded. */
export { readXlsxBytes } from "./read-xlsx";
export type { BrowserReadOutcome, BrowserReadProblem } from "./read-xlsx";
export {
  loadSample,
  readPickedFile,
  readPickedFileInWorker,
  SAMPLE_NAME,
  SAMPLE_PATH,
  SAMPLE_SNAPSHOT_PATH,
} from "./load-sample";
export { jsonDownload, reportStem, xlsxDownload } from "./export-report";
export type { Download } from "./export-report";
