/**
 * What the ribbon and the pane do inside Excel, one at a time (a second click waits for the first run, so reads
 * and writes of two runs never interleave). Actions never throw: results and failures go to the results store.
 */
import type { Report } from "../../core/findings/report";
import { goToCell } from "./go-to-cell";
import { exportReportSheet } from "./report-sheet";
import type { HostSupport } from "./requirements";
import { hostSupport } from "./requirements";
import type { ExcelAction, ResultsStore, SettingsStore, ValidationResults, ValidationScope } from "./results-store";
import { resultsStore, validationSettings } from "./results-store";
import { pageSingleton } from "./shared-instance";
import { validateInExcel, type ValidateRequest } from "./validate";
import { clearMarks } from "./write-marks";

/** Excel.run, or a test's stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelActionsDeps {
  readonly run: ExcelRun;
  readonly store: ResultsStore;
  readonly settings: SettingsStore;
  readonly support: () => HostSupport;
  readonly now?: () => Date;
  /** The engine; tests pass one with known findings. */
  readonly engine?: ValidateRequest["engine"];
}

export interface ExcelActions {
  /** 校验本表 / 校验全部: findings, marks, and a refreshed report sheet if one was exported. */
  validate(scope: ValidationScope): Promise<ValidationResults | undefined>;
  /** 清除标记: every marked cell gets its original fill back; our notes and the record go. */
  clearMarks(): Promise<boolean>;
  /**
   * Writes the 校验报告 sheet: the given report (the one the pane shows, e.g. in another language), else the latest
   * results' report, validating the workbook first when there are none.
   */
  exportReport(report?: Report): Promise<boolean>;
  /** Activates the sheet and selects the cell of a finding. */
  goToCell(sheet: string, cell: string): Promise<boolean>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createExcelActions(deps: ExcelActionsDeps): ExcelActions {
  const { store } = deps;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs one action after the previous one; records busy, success or failure in the store. */
  function perform<T>(
    action: ExcelAction,
    work: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T | undefined> {
    const task = async (): Promise<T | undefined> => {
      const support = deps.support();
      if (!support.ok) {
        store.update({ failure: { kind: "unsupported", action, missing: support.missingRequired } });
        return undefined;
      }
      store.update({ busy: action });
      try {
        const value = await deps.run(work);
        store.update({ busy: undefined, failure: undefined });
        return value;
      } catch (error) {
        store.update({ busy: undefined, failure: { kind: "failed", action, message: messageOf(error) } });
        return undefined;
      }
    };
    const next = queue.then(task, task);
    queue = next;
    return next;
  }

  const validate = async (scope: ValidationScope): Promise<ValidationResults | undefined> => {
    const results = await perform(scope === "sheet" ? "validate-sheet" : "validate-workbook", (context) =>
      validateInExcel(context, {
        scope,
        settings: deps.settings.get(),
        features: deps.support().features,
        ...(deps.now && { now: deps.now }),
        ...(deps.engine && { engine: deps.engine }),
      }),
    );
    if (results) store.update({ results, marksCleared: false });
    return results;
  };

  return {
    validate,
    async clearMarks() {
      const plan = await perform("clear-marks", (context) =>
        clearMarks(context, { features: deps.support().features }),
      );
      if (plan) store.update({ marksCleared: true });
      return plan !== undefined;
    },
    async exportReport(given?: Report) {
      const report = given ?? (store.getSnapshot().results ?? (await validate("workbook")))?.report;
      if (!report) return false;
      const done = await perform("export-report", (context) =>
        exportReportSheet(context, report, deps.settings.get().language).then(() => true),
      );
      return done === true;
    },
    async goToCell(sheet, cell) {
      return (await perform("go-to-cell", (context) => goToCell(context, sheet, cell).then(() => true))) === true;
    },
  };
}

/** The actions of this page (one run queue for ribbon and pane): Excel.run at call time, the shared stores. */
export const excelActions: ExcelActions = pageSingleton("excel-actions", () =>
  createExcelActions({
    run: (batch) => Excel.run(batch),
    store: resultsStore,
    settings: validationSettings,
    support: () => hostSupport(),
  }),
);
