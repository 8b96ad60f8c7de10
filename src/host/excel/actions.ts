/**
 * What the ribbon and the pane do inside Excel, one at a time through the session's run queue. Actions never throw:
 * results and failures go to the session's results store.
 */
import type { AcceptedFinding, Report, Settings } from "../../core";
import type { ResultsStore, SettingsStore, ValidationResults, ValidationScope } from "../../session";
import { reapplyAccepted } from "../../session";
import { createRunQueue, pageSingleton, resultsStore, validationSettings } from "../../session";
import { goToCell } from "./go-to-cell";
import { exportReportSheet } from "./report-sheet";
import type { HostSupport } from "./requirements";
import { hostSupport } from "./requirements";
import { validateInExcel, type ValidateRequest } from "./validate";
import { clearMarks } from "./write-marks";
import { NO_STORED_PARTS, writeAcceptedPart, writeSettingsPart } from "./stored-parts";

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
  /**
   * Stores the accepted findings in the workbook (one round trip) and shows the latest results with them applied:
   * accepted findings leave the counts. The cells' marks stay until the next validation.
   */
  saveAccepted(accepted: readonly AcceptedFinding[]): Promise<boolean>;
  /** Stores the settings in the workbook (one round trip), where the command line reads them too. */
  saveSettings(settings: Settings): Promise<boolean>;
}

export function createExcelActions(deps: ExcelActionsDeps): ExcelActions {
  const { store } = deps;
  const perform = createRunQueue<Excel.RequestContext>({ run: deps.run, store, readiness: deps.support });

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
    async saveAccepted(accepted) {
      const known = store.getSnapshot().results?.stored?.acceptedPartIds ?? [];
      const ids = await perform("save-accepted", (context) => writeAcceptedPart(context, accepted, known));
      if (ids === undefined) return false;
      const results = store.getSnapshot().results;
      if (results) {
        const stored = { ...(results.stored ?? NO_STORED_PARTS), accepted, acceptedPartIds: ids };
        store.update({ results: { ...results, stored, report: reapplyAccepted(results.report, accepted) } });
      }
      return true;
    },
    async saveSettings(settings) {
      const known = store.getSnapshot().results?.stored?.settingsPartIds ?? [];
      const ids = await perform("save-settings", (context) => writeSettingsPart(context, settings, known));
      if (ids === undefined) return false;
      const results = store.getSnapshot().results;
      if (results) {
        const stored = {
          ...(results.stored ?? NO_STORED_PARTS),
          settings: { ok: true as const, settings },
          settingsPartIds: ids,
        };
        store.update({ results: { ...results, stored } });
      }
      return true;
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
