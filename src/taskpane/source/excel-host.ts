import type { AcceptedFinding, CellRef, CheckOptions, Language, Report, Settings } from "../../core";
import { excelActions, excelReads, REPORT_SHEET_NAME } from "../../host/excel";
import type { ResultsState, ValidationResults } from "../../session";
import { resultsStore, validationSettings } from "../../session";
import type { CheckedWorkbook, HostUpdate, PaneHost } from "./pane-host";

/** Excel's results as the pane lists them: sheets in the order the validation reported them. */
function checkedOf(results: ValidationResults): CheckedWorkbook {
  return {
    sheetOrder: results.sheets,
    report: () => results.report,
    ...(results.input && { input: results.input }),
    ...(results.cellSyncs !== undefined && { cellSyncs: results.cellSyncs }),
    ...(results.recordIgnored && { recordIgnored: results.recordIgnored }),
    ...(results.stored && { stored: { accepted: results.stored.accepted, settings: results.stored.settings } }),
  };
}

function updateOf(state: ResultsState): HostUpdate {
  const { failure } = state;
  return {
    busy: state.busy !== undefined,
    ...(state.results && { checked: checkedOf(state.results) }),
    ...(failure &&
      failure.action !== "go-to-cell" && {
        problem:
          failure.kind === "unsupported"
            ? { kind: "unsupported", missing: failure.missing }
            : { kind: "failed", message: failure.message },
      }),
  };
}

/** The latest failure in plain words (Excel's message, or the requirement sets missing). */
function failureText(fallback: string): string {
  const failure = resultsStore.getSnapshot().failure;
  return failure?.kind === "failed" ? failure.message : (failure?.missing ?? [fallback]).join(", ");
}

/**
 * The pane inside Excel. Validation, marks, going to a cell and the report sheet are the Excel adapter's actions
 * (src/host/excel), run one at a time by the session's queue (src/session); results arrive through the session's results store, also when the ribbon started them.
 */
export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;

  async check(options: CheckOptions, language: Language): Promise<CheckedWorkbook> {
    // The ribbon validates with the pane's settings from now on, too.
    validationSettings.set({ language, check: options });
    const results = await excelActions.validate("workbook");
    if (!results) {
      const failure = resultsStore.getSnapshot().failure;
      throw new Error(failure?.kind === "failed" ? failure.message : (failure?.missing ?? []).join(", "));
    }
    return checkedOf(results);
  }

  current(): CheckedWorkbook | undefined {
    const { results } = resultsStore.getSnapshot();
    return results && checkedOf(results);
  }

  subscribe(listener: (update: HostUpdate) => void): () => void {
    let last = resultsStore.getSnapshot();
    return resultsStore.subscribe(() => {
      const state = resultsStore.getSnapshot();
      if (state.results !== last.results || state.busy !== last.busy || state.failure !== last.failure)
        listener(updateOf(state));
      last = state;
    });
  }

  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    if (!(await excelActions.saveAccepted(accepted))) throw new Error(failureText("save-accepted"));
  }

  async saveSettings(settings: Settings): Promise<void> {
    if (!(await excelActions.saveSettings(settings))) throw new Error(failureText("save-settings"));
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!(await excelActions.goToCell(sheet, cell))) throw new Error(`cannot select ${sheet}!${cell}`);
  }

  /** Writes the report the pane shows (its language, its findings) into the 校验报告 sheet. */
  async exportReport(report: Report): Promise<string> {
    if (!(await excelActions.exportReport(report))) {
      const failure = resultsStore.getSnapshot().failure;
      throw new Error(
        failure?.kind === "failed" ? failure.message : (failure?.missing ?? ["export failed"]).join(", "),
      );
    }
    return REPORT_SHEET_NAME;
  }

  async cellTexts(cells: readonly CellRef[]): Promise<ReadonlyMap<string, string>> {
    if (cells.length === 0) return new Map();
    try {
      return await excelReads.cellTexts(cells);
    } catch {
      return new Map(); // the quotes are then shown as the report gives them
    }
  }

  async sheetNames(): Promise<readonly string[]> {
    return excelReads.sheetNames();
  }

  async sheetValues(sheet: string) {
    return excelReads.sheetValues(sheet);
  }
}
