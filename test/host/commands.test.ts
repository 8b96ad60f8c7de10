import { createCommandHandlers, registerCommands, type CommandHandler } from "../../src/commands/commands";
import { createExcelActions, type ExcelActions } from "../../src/host/excel/actions";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { ResultsStore, SettingsStore } from "../../src/session/results-store";
import { stubEngine, stubFinding } from "./engine-stub";
import { appearanceOf, fakeWorkbook, openInFakeExcel } from "./fake-excel";

function ribbonEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

function stubActions(overrides: Partial<ExcelActions> = {}): ExcelActions {
  return {
    validate: jest.fn().mockResolvedValue(undefined),
    clearMarks: jest.fn().mockResolvedValue(true),
    exportReport: jest.fn().mockResolvedValue(true),
    goToCell: jest.fn().mockResolvedValue(true),
    saveAccepted: jest.fn().mockResolvedValue(true),
    saveSettings: jest.fn().mockResolvedValue(true),
    ...overrides,
  };
}

describe("ribbon commands", () => {
  it.each([
    ["validateSheet", "validate", ["sheet"], true],
    ["validateWorkbook", "validate", ["workbook"], true],
    ["clearMarks", "clearMarks", [], false],
  ] as const)("%s runs %s%j, shows the pane: %s, and completes the event", async (command, action, args, showsPane) => {
    const actions = stubActions();
    const showPane = jest.fn().mockResolvedValue(undefined);
    const handlers = createCommandHandlers({ actions, store: new ResultsStore(), showPane });
    const event = ribbonEvent();
    await handlers[command](event);
    expect(actions[action]).toHaveBeenCalledWith(...args);
    expect(showPane).toHaveBeenCalledTimes(showsPane ? 1 : 0);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event and records the failure when an action throws", async () => {
    const store = new ResultsStore();
    const actions = stubActions({ validate: jest.fn().mockRejectedValue(new Error("boom")) });
    const event = ribbonEvent();
    await createCommandHandlers({ actions, store, showPane: () => Promise.resolve() }).validateWorkbook(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().failure).toEqual({ kind: "failed", action: "validate-workbook", message: "boom" });
  });

  it("still validates when the pane cannot be shown", async () => {
    const actions = stubActions();
    const event = ribbonEvent();
    await createCommandHandlers({
      actions,
      store: new ResultsStore(),
      showPane: () => Promise.reject(new Error("no shared runtime")),
    }).validateSheet(event);
    expect(actions.validate).toHaveBeenCalledWith("sheet");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("registers the three function names of manifest.xml", () => {
    const names: string[] = [];
    registerCommands(
      createCommandHandlers({ actions: stubActions(), store: new ResultsStore(), showPane: () => Promise.resolve() }),
      (name) => names.push(name),
    );
    expect(names).toEqual(["validateSheet", "validateWorkbook", "clearMarks"]);
  });

  it("校验全部 then 清除标记 over a fake Excel: results reach the store, marks come and go", async () => {
    const book = fakeWorkbook("b.xlsx", [
      { name: "支出表", cells: { B2: { value: 12, fill: { pattern: "Solid", color: "#C6EFCE" } } } },
    ]);
    const before = appearanceOf(book);
    const store = new ResultsStore();
    const actions = createExcelActions({
      run: (batch) => batch(openInFakeExcel(book).context),
      store,
      settings: new SettingsStore(),
      support: () => hostSupport(supportUpTo("1.18")),
      engine: stubEngine([stubFinding("支出表", "B2", "error", "12x")]).engine,
    });
    const handlers = createCommandHandlers({ actions, store, showPane: () => Promise.resolve() });
    const run = async (handler: CommandHandler) => {
      const event = ribbonEvent();
      await handler(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
    };
    await run(handlers.validateWorkbook);
    expect(store.getSnapshot().results?.report.summary).toEqual({ error: 1, warning: 0, info: 0 });
    expect(appearanceOf(book)).not.toEqual(before);
    await run(handlers.clearMarks);
    expect(appearanceOf(book)).toEqual(before);
  });
});
