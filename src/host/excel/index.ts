/** Office.js adapter: workbook ↔ snapshot in two round trips; findings → marks, notes and the 校验报告 sheet. */
export { createExcelActions, excelActions } from "./actions";
export type { ExcelActions, ExcelActionsDeps, ExcelRun } from "./actions";
export { readWorkbook, readWorkbookSnapshot } from "./read-workbook";
export type { ReadOptions, WorkbookRead } from "./read-workbook";
export { applyMarks, clearMarks, queueMarkPlan } from "./write-marks";
export type { MarkOptions } from "./write-marks";
export { planMarks } from "./plan-marks";
export type { MarkFinding, MarkPlan, PlanOptions } from "./plan-marks";
export type { MarkState, SheetFills } from "./mark-state";
export { decodeMarkRecord, encodeMarkRecord, EMPTY_RECORD } from "./mark-record";
export type { MarkEntry, MarkRecord } from "./mark-record";
export { MARK_COLOURS, markNoteText } from "./mark-style";
export type { MarkedSeverity } from "./mark-style";
export type { FillState } from "./fill";
export { NO_FILL } from "./fill";
export { exportReportSheet, queueReportSheet, reportSheetRows, REPORT_SHEET_LABELS } from "./report-sheet";
export { validateInExcel } from "./validate";
export type { ValidateRequest } from "./validate";
export { goToCell } from "./go-to-cell";
export { recalculateWorkbook } from "./recalculate";
export { hostSupport, REQUIREMENTS, supportUpTo } from "./requirements";
export type { Feature, FeatureRequirement, HostSupport, RequirementSet, SetSupported } from "./requirements";
export {
  DEFAULT_VALIDATION_SETTINGS,
  INITIAL_RESULTS_STATE,
  ResultsStore,
  resultsStore,
  SettingsStore,
  validationSettings,
} from "./results-store";
export type {
  ActionFailure,
  ExcelAction,
  ResultsState,
  ValidationResults,
  ValidationScope,
  ValidationSettings,
} from "./results-store";
export { MARKS_XML_NAMESPACE, REPORT_SHEET_NAME } from "./names";
export { parseSheetRanges, quoteSheetName, sheetCellReference } from "./sheet-address";
