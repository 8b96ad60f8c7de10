/**
 * File adapter: .xlsx/.xlsm → WorkbookSnapshot for the engine (reader/, no Node API, shared with the browser mode;
 * read-workbook.ts adds file access), and the reviewer's .xlsx report (ExcelJS, loaded only when one is written).
 */
export { readWorkbookFile, readWorkbookBuffer } from "./read-workbook";
export type { ReadOutcome, ReadProblem, ReadProblemKind } from "./read-problem";
export { readProblemSentence } from "./read-problem-text";
export {
  readWorkbookBytes,
  DEFAULT_READ_LIMITS,
  LIMIT_FLAGS,
  limitForDisplay,
  limitFromFlag,
  withLimits,
} from "./reader";
export type { LimitName, ReadLimits } from "./reader";
export { fileKind } from "./file-kind";
export type { FileKind } from "./file-kind";
export { reportWorkbook, cellLink, fileLink } from "./write-report";
export type { CheckedWorkbook } from "./write-report";
export { REPORT_LABELS } from "./report-labels";
export type { ReportLabels } from "./report-labels";
