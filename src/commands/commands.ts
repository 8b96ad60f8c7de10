/**
 * Ribbon buttons (manifest.xml ExecuteFunction names): 校验本表 validateSheet, 校验全部 validateWorkbook,
 * 清除标记 clearMarks. Each shows the pane where results appear, and always calls event.completed(), also when
 * something failed (Excel otherwise keeps the button busy). Results and failures travel through resultsStore.
 */
import type { ExcelActions } from "../host/excel";
import { excelActions } from "../host/excel";
import type { ExcelAction, ResultsStore } from "../session";
import { resultsStore } from "../session";
import { whenOfficeJs } from "../host/office-js";

export interface CommandDeps {
  readonly actions: ExcelActions;
  readonly store: ResultsStore;
  /** Office.addin.showAsTaskpane (SharedRuntime 1.1). */
  readonly showPane: () => Promise<void>;
}

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

export interface CommandHandlers {
  readonly validateSheet: CommandHandler;
  readonly validateWorkbook: CommandHandler;
  readonly clearMarks: CommandHandler;
}

export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  const handler =
    (action: ExcelAction, showPane: boolean, work: () => Promise<unknown>): CommandHandler =>
    async (event) => {
      try {
        // The pane shows "running" at once; a host that cannot show it still gets the marks.
        if (showPane) await deps.showPane().catch(() => undefined);
        await work();
      } catch (error) {
        deps.store.update({
          busy: undefined,
          failure: { kind: "failed", action, message: error instanceof Error ? error.message : String(error) },
        });
      } finally {
        event.completed();
      }
    };
  return {
    validateSheet: handler("validate-sheet", true, () => deps.actions.validate("sheet")),
    validateWorkbook: handler("validate-workbook", true, () => deps.actions.validate("workbook")),
    clearMarks: handler("clear-marks", false, () => deps.actions.clearMarks()),
  };
}

/** Registers the handlers under the names manifest.xml uses. */
export function registerCommands(
  handlers: CommandHandlers,
  associate: (name: string, handler: CommandHandler) => void,
): void {
  associate("validateSheet", handlers.validateSheet);
  associate("validateWorkbook", handlers.validateWorkbook);
  associate("clearMarks", handlers.clearMarks);
}

// Registered as soon as office.js is there (inside Office: when the bundle runs, as Office's templates do), so a
// click never finds the name unmapped; associate only records the mapping, which is harmless in the plain-browser
// mode. Without office.js (offline browser mode, jest) nothing is registered.
void whenOfficeJs().then((present) => {
  if (!present || !Office.actions) return;
  const handlers = createCommandHandlers({
    actions: excelActions,
    store: resultsStore,
    showPane: () => Office.addin.showAsTaskpane(),
  });
  // Office waits for event.completed(), not for the promise: the handlers never reject (see createCommandHandlers).
  registerCommands(handlers, (name, handler) =>
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => void handler(event)),
  );
});
