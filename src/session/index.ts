/**
 * The session shared by the ribbon and the pane in one page: the run queue, the latest results, the settings the
 * ribbon validates with. Host-independent: the Excel adapter (src/host/excel) supplies the batches it runs.
 */
export { createRunQueue } from "./run-queue";
export type { Perform, Readiness, RunQueueDeps } from "./run-queue";
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
  StoredInWorkbook,
  ValidationResults,
  ValidationScope,
  ValidationSettings,
} from "./results-store";
export { pageSingleton } from "./page-singleton";
export { acceptanceOf, reapplyAccepted, withAcceptance, withoutAcceptance } from "./accepted";
