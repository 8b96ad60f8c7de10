import type { Finding } from "../../src/core/findings/finding";
import { createExcelActions, type ExcelRun } from "../../src/host/excel/actions";
import { REPORT_SHEET_NAME } from "../../src/host/excel/names";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { ResultsStore, SettingsStore, type ResultsState } from "../../src/session/results-store";
import { stubEngine, stubFinding } from "./engine-stub";
import { appearanceOf, fakeWorkbook, openInFakeExcel, type FakeWorkbook } from "./fake-excel";

const FINDINGS: Finding[] = [
  stubFinding("支出表", "B2", "error", "12x"),
  stubFinding("收支总表", "C3", "warning", "3y"),
];

function setUp(options: { version?: string; run?: ExcelRun } = {}) {
  const book: FakeWorkbook = fakeWorkbook("b.xlsx", [
    { name: "支出表", cells: { B2: 12 } },
    { name: "收支总表", cells: { C3: 3 } },
  ]);
  const store = new ResultsStore();
  const states: ResultsState[] = [];
  store.subscribe(() => states.push(store.getSnapshot()));
  const run: ExcelRun = options.run ?? ((batch) => batch(openInFakeExcel(book).context));
  const actions = createExcelActions({
    run,
    store,
    settings: new SettingsStore(),
    support: () => hostSupport(supportUpTo(options.version ?? "1.18")),
    now: () => new Date("2026-01-02T03:04:05Z"),
    engine: stubEngine(FINDINGS).engine,
  });
  return { book, store, states, actions };
}

describe("excel actions", () => {
  it("publish busy, then the results, to subscribers", async () => {
    const { store, states, actions } = setUp();
    const results = await actions.validate("workbook");
    expect(states.map((s) => s.busy)).toEqual(["validate-workbook", undefined, undefined]);
    expect(store.getSnapshot()).toEqual({ busy: undefined, results, marksCleared: false, failure: undefined });
    expect(results?.report.findings.map((f) => f.cell)).toEqual(["B2", "C3"]);
  });

  it("say which requirement sets are missing instead of touching Excel", async () => {
    const run = jest.fn();
    const { store, actions } = setUp({ version: "1.8", run });
    expect(await actions.validate("sheet")).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
    expect(store.getSnapshot().failure).toEqual({
      kind: "unsupported",
      action: "validate-sheet",
      missing: ["ExcelApi 1.9"],
    });
  });

  it("record Excel's error as a failure and never throw", async () => {
    const { store, actions } = setUp({ run: () => Promise.reject(new Error("RichApi.Error: busy")) });
    await expect(actions.clearMarks()).resolves.toBe(false);
    expect(store.getSnapshot()).toMatchObject({
      busy: undefined,
      failure: { kind: "failed", action: "clear-marks", message: "RichApi.Error: busy" },
    });
  });

  it("clear marks and say so, keeping the findings", async () => {
    const { book, store, actions } = setUp();
    await actions.validate("workbook");
    expect(await actions.clearMarks()).toBe(true);
    expect(appearanceOf(book)).toEqual({ fills: {}, notes: {} });
    expect(store.getSnapshot()).toMatchObject({ marksCleared: true, results: { scope: "workbook" } });
  });

  it("export the report, validating first when nothing was validated yet", async () => {
    const { book, store, actions } = setUp();
    expect(await actions.exportReport()).toBe(true);
    expect(store.getSnapshot().failure).toBeUndefined();
    expect(book.active).toBe(REPORT_SHEET_NAME);
    expect(appearanceOf(book).fills).toHaveProperty(["支出表!B2"]);
  });

  it("export the report the pane gives, without validating", async () => {
    const { book, actions } = setUp();
    const report = {
      workbook: "b.xlsx",
      catalog: { year: null, source: "" },
      tables: [],
      summary: { error: 0, warning: 0, info: 0 },
      findings: [],
    };
    expect(await actions.exportReport(report)).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(["支出表", "收支总表", REPORT_SHEET_NAME]);
    expect(appearanceOf(book).fills).toEqual({});
  });

  it("go to a finding's cell", async () => {
    const { book, actions } = setUp();
    expect(await actions.goToCell("收支总表", "C3")).toBe(true);
    expect([book.active, book.selection]).toEqual(["收支总表", { sheet: "收支总表", address: "C3" }]);
    expect(await actions.goToCell("不存在", "A1")).toBe(false);
  });

  it("run one at a time: a second click waits for the first run to finish", async () => {
    const log: string[] = [];
    const book = fakeWorkbook("b.xlsx", [{ name: "支出表", cells: { B2: 12 } }]);
    const run: ExcelRun = async (batch) => {
      log.push("start");
      const value = await batch(openInFakeExcel(book).context);
      log.push("end");
      return value;
    };
    const { actions } = setUp({ run });
    await Promise.all([actions.validate("workbook"), actions.validate("sheet"), actions.clearMarks()]);
    expect(log).toEqual(["start", "end", "start", "end", "start", "end"]);
  });
});
