/**
 * The one place ribbon commands and the task pane meet. The shared runtime runs both in one JavaScript context:
 * commands publish here, the pane subscribes (React: useSyncExternalStore(resultsStore.subscribe,
 * resultsStore.getSnapshot)) and sets the options commands validate with (validationSettings).
 */
import type { AcceptedFinding, CheckOptions, Language, Report, ReportInput, SettingsOutcome } from "../core";
import { pageSingleton } from "./page-singleton";

export type ValidationScope = "sheet" | "workbook";
export type ExcelAction =
  | "validate-sheet"
  | "validate-workbook"
  | "clear-marks"
  | "export-report"
  | "go-to-cell"
  | "save-accepted"
  | "save-settings";

/** What the pane stored in the workbook, as the latest read found it (and as the latest writes left it). */
export interface StoredInWorkbook {
  readonly accepted: readonly AcceptedFinding[];
  readonly acceptedPartIds: readonly string[];
  /** The settings part read strictly, when the workbook has one. */
  readonly settings?: SettingsOutcome;
  readonly settingsPartIds: readonly string[];
}

export interface ValidationResults {
  readonly scope: ValidationScope;
  /** The sheets whose findings are listed (the active sheet for 校验本表, every sheet for 校验全部). */
  readonly sheets: readonly string[];
  /** Accepted findings carry `accepted` (with the reason) and are left out of the summary's counts. */
  readonly report: Report;
  /** The engine's findings behind the report, in its order: the pane words its list from them (amounts as on screen). */
  readonly input?: ReportInput;
  /** The accepted findings and settings stored in the workbook; absent from hosts that do not read them. */
  readonly stored?: StoredInWorkbook;
  /** Cells painted by this run. */
  readonly marked: number;
  /** Checked sheets left unmarked because they are protected (their findings are listed all the same); none if absent. */
  readonly protectedSheets?: readonly string[];
  /** Whether notes were added (false on hosts without ExcelApi 1.18: fills only). */
  readonly notes: boolean;
  /** How many syncs reading the cells took: more than 1 when split to stay within Office's 5 MB payload limit. */
  readonly cellSyncs?: number;
  /** The marks record held something unexpected and it was ignored (issue #9): the whole part, or this many entries. */
  readonly recordIgnored?: { readonly whole: boolean; readonly entries: number };
  /** ISO time the run finished. */
  readonly finishedAt: string;
}

/** A failure, as data the pane can word: the host lacks requirement sets, or Excel reported an error. */
export type ActionFailure =
  | { readonly kind: "unsupported"; readonly action: ExcelAction; readonly missing: readonly string[] }
  | { readonly kind: "failed"; readonly action: ExcelAction; readonly message: string };

export interface ResultsState {
  /** The action running now, if any. */
  readonly busy: ExcelAction | undefined;
  /** The latest finished validation. */
  readonly results: ValidationResults | undefined;
  /** 清除标记 ran after the latest validation: the findings still hold, the cells are no longer painted. */
  readonly marksCleared: boolean;
  /** The latest failure; cleared when an action succeeds. */
  readonly failure: ActionFailure | undefined;
}

export const INITIAL_RESULTS_STATE: ResultsState = {
  busy: undefined,
  results: undefined,
  marksCleared: false,
  failure: undefined,
};

export class ResultsStore {
  private state: ResultsState = INITIAL_RESULTS_STATE;
  private readonly listeners = new Set<() => void>();

  /** The current state; a new object after every change, so React can compare by identity. */
  readonly getSnapshot = (): ResultsState => this.state;

  /** Calls the listener after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<ResultsState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}

/** What commands validate with: the pane keeps it in step with its settings. */
export interface ValidationSettings {
  readonly language: Language;
  readonly check: Omit<CheckOptions, "onlySheets">;
}

export const DEFAULT_VALIDATION_SETTINGS: ValidationSettings = { language: "zh", check: {} };

export class SettingsStore {
  private settings: ValidationSettings = DEFAULT_VALIDATION_SETTINGS;
  get(): ValidationSettings {
    return this.settings;
  }
  set(settings: ValidationSettings): void {
    this.settings = settings;
  }
}

/** The shared instances: one per page, also across the pane's and the commands' bundles. */
export const resultsStore: ResultsStore = pageSingleton("results-store", () => new ResultsStore());
export const validationSettings: SettingsStore = pageSingleton("validation-settings", () => new SettingsStore());
