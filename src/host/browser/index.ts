/** Browser mode: the pane outside Office shows the bundled sample and saves reports; files the user opens are read and checked in a worker (src/taskpane/source/open-file.ts), nothing is uploaded. */
export { readXlsxBytes } from "./read-xlsx";
export type { BrowserReadOutcome, BrowserReadProblem } from "./read-xlsx";
export { loadSample, SAMPLE_NAME, SAMPLE_PATH, SAMPLE_SNAPSHOT_PATH } from "./load-sample";
export { jsonDownload, reportStem, xlsxDownload } from "./export-report";
export type { Download } from "./export-report";
