/**
 * File adapter: .xlsx/.xlsm → WorkbookSnapshot for the engine (reader/, no Node API, shared with the browser mode;
 * read-workbook.ts adds file access), and the reviewer's .xlsx report (report/, no Node API either: chunks to a sink).
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
export { ReportWorkbookWriter, reportWorkbookBytes, findingRows, cellLink, pathLink, REPORT_AUTHOR } from "./report";
export type { FindingRow, ReportedWorkbook, ReportSink, ReportWorkbookOptions } from "./report";
