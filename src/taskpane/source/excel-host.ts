import type { CheckOptions } from "../../core/engine";
import type { CellRef, Report } from "../../core/findings";
import type { Language } from "../../core/messages";
import { excelActions } from "../../host/excel/actions";
import { REPORT_SHEET_NAME } from "../../host/excel/names";
import type { ResultsState, ValidationResults } from "../../host/excel/results-store";
import { resultsStore, validationSettings } from "../../host/excel/results-store";
import type { CheckedWorkbook, HostUpdate, PaneHost } from "./pane-host";

/** Excel's results as the pane lists them: sheets in the order the validation reported them. */
function checkedOf(results: ValidationResults): CheckedWorkbook {
  return { sheetOrder: results.sheets, report: () => results.report };
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

/**
 * The pane inside Excel. Validation, marks, going to a cell and the report sheet are the Excel adapter's actions
 * (src/host/excel); results arrive through its results store, also when the ribbon started them.
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
      return await Excel.run(async (context) => {
        const ranges = cells.map((ref) => ({
          key: `${ref.sheet}!${ref.cell}`,
          range: context.workbook.worksheets.getItem(ref.sheet).getRange(ref.cell).load("values"),
        }));
        await context.sync();
        const texts = new Map<string, string>();
        for (const { key, range } of ranges) {
          const value: unknown = range.values[0]?.[0];
          if (typeof value === "string") texts.set(key, value);
        }
        return texts;
      });
    } catch {
      return new Map(); // the quotes are then shown as the report gives them
    }
  }

  async sheetNames(): Promise<readonly string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name).filter((name) => name !== REPORT_SHEET_NAME);
    });
  }

  async sheetValues(sheet: string) {
    return Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject) return undefined;
      // From A1, so the catalog reader's messages name the sheet's own cells.
      const used = worksheet.getRange("A1").getBoundingRect(worksheet.getUsedRange(true)).load("values");
      await context.sync();
      return used.values as (string | number | boolean)[][];
    });
  }
}
