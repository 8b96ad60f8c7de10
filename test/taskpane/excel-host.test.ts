import type { Report } from "../../src/core/findings";
import { excelActions } from "../../src/host/excel/actions";
import type { ValidationResults } from "../../src/session/results-store";
import { INITIAL_RESULTS_STATE, resultsStore, validationSettings } from "../../src/session/results-store";
import type { HostUpdate } from "../../src/taskpane/source";
import { ExcelHost } from "../../src/taskpane/source/excel-host";
import { fakeWorkbook, openInFakeExcel } from "../host/fake-excel";

const REPORT: Report = {
  workbook: "部门预算.xlsx",
  catalog: { year: 2024, source: "bundled 2024" },
  tables: [],
  summary: { error: 1, warning: 0, info: 0 },
  findings: [
    {
      rule: "sum.total",
      severity: "error",
      sheet: "部门支出预算表",
      cell: "F6",
      message: "合计不符",
      expected: "1261.65",
      actual: "1261.66",
      difference: "0.01",
      refs: [],
    },
  ],
};

const RESULTS: ValidationResults = {
  scope: "workbook",
  sheets: ["部门收支预算表", "部门支出预算表"],
  report: REPORT,
  marked: 1,
  notes: true,
  finishedAt: "2026-01-01T00:00:00.000Z",
};

afterEach(() => {
  jest.restoreAllMocks();
  resultsStore.update(INITIAL_RESULTS_STATE);
});

describe("ExcelHost", () => {
  it("validates the workbook through the adapter with the pane's settings, which the ribbon then uses too", async () => {
    const validate = jest.spyOn(excelActions, "validate").mockResolvedValue(RESULTS);
    const checked = await new ExcelHost().check({ tolerance: "0.01" }, "en");
    expect(validate).toHaveBeenCalledWith("workbook");
    expect(validationSettings.get()).toEqual({ language: "en", check: { tolerance: "0.01" } });
    expect(checked.sheetOrder).toEqual(["部门收支预算表", "部门支出预算表"]);
    expect(checked.report("en")).toEqual(REPORT);
  });

  it("passes on the engine's findings behind the report, so the list words its sentences as the pane shows amounts", async () => {
    const input = { workbook: REPORT.workbook, catalog: REPORT.catalog, tables: [], findings: [] };
    jest.spyOn(excelActions, "validate").mockResolvedValue({ ...RESULTS, input });
    expect((await new ExcelHost().check({}, "zh")).input).toBe(input);
    jest.spyOn(excelActions, "validate").mockResolvedValue(RESULTS);
    expect((await new ExcelHost().check({}, "zh")).input).toBeUndefined();
  });

  it("passes on how many syncs the read took, so the pane can say a huge workbook was read in parts", async () => {
    jest.spyOn(excelActions, "validate").mockResolvedValue({ ...RESULTS, cellSyncs: 4 });
    expect((await new ExcelHost().check({}, "zh")).cellSyncs).toBe(4);
  });

  it("rejects with Excel's message when validation fails", async () => {
    jest.spyOn(excelActions, "validate").mockImplementation(async () => {
      resultsStore.update({ failure: { kind: "failed", action: "validate-workbook", message: "ItemNotFound" } });
      return undefined;
    });
    await expect(new ExcelHost().check({}, "zh")).rejects.toThrow("ItemNotFound");
  });

  it("passes on what the ribbon's runs publish: busy, results, failures", () => {
    const updates: HostUpdate[] = [];
    const stop = new ExcelHost().subscribe((update) => updates.push(update));
    resultsStore.update({ busy: "validate-sheet" });
    resultsStore.update({ busy: undefined, results: RESULTS });
    resultsStore.update({ failure: { kind: "unsupported", action: "validate-workbook", missing: ["ExcelApi 1.9"] } });
    resultsStore.update({ failure: { kind: "failed", action: "go-to-cell", message: "gone" } });
    stop();
    resultsStore.update({ busy: "clear-marks" });
    expect(updates.map(({ busy, checked, problem }) => ({ busy, sheets: checked?.sheetOrder, problem }))).toEqual([
      { busy: true, sheets: undefined, problem: undefined },
      { busy: false, sheets: RESULTS.sheets, problem: undefined },
      { busy: false, sheets: RESULTS.sheets, problem: { kind: "unsupported", missing: ["ExcelApi 1.9"] } },
      // A failed go-to-cell is the pane's own click: it words that itself.
      { busy: false, sheets: RESULTS.sheets, problem: undefined },
    ]);
  });

  it("selects through the adapter and rejects when the cell is gone", async () => {
    const goTo = jest.spyOn(excelActions, "goToCell").mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    const host = new ExcelHost();
    await expect(host.select("部门支出预算表", "F6")).resolves.toBeUndefined();
    await expect(host.select("已删除", "A1")).rejects.toThrow("已删除!A1");
    expect(goTo.mock.calls).toEqual([
      ["部门支出预算表", "F6"],
      ["已删除", "A1"],
    ]);
  });

  it("exports the report the pane shows through the adapter and names the sheet", async () => {
    const exportReport = jest.spyOn(excelActions, "exportReport").mockResolvedValue(true);
    await expect(new ExcelHost().exportReport(REPORT)).resolves.toBe("校验报告");
    expect(exportReport).toHaveBeenCalledWith(REPORT);
  });

  it("rejects with Excel's message when the export fails", async () => {
    jest.spyOn(excelActions, "exportReport").mockImplementation(async () => {
      resultsStore.update({ failure: { kind: "failed", action: "export-report", message: "The sheet is protected" } });
      return false;
    });
    await expect(new ExcelHost().exportReport(REPORT)).rejects.toThrow("The sheet is protected");
  });
});

it("gives the results of a validation that ran before the pane opened", () => {
  const host = new ExcelHost();
  expect(host.current()).toBeUndefined();
  resultsStore.update({ results: RESULTS });
  expect(host.current()?.sheetOrder).toEqual(RESULTS.sheets);
  expect(host.current()?.report("zh")).toEqual(REPORT);
});

describe("ExcelHost.cellTexts", () => {
  const book = fakeWorkbook("b.xlsx", [
    { name: "情况说明", cells: { A2: "一般公共服务支出（类）938.99万元。", A3: 12 } },
    { name: "支出表", cells: { B2: 12 } },
  ]);
  const excel = globalThis as unknown as { Excel?: unknown };

  beforeEach(() => {
    excel.Excel = { run: (batch: (context: Excel.RequestContext) => unknown) => batch(openInFakeExcel(book).context) };
  });
  afterEach(() => delete excel.Excel);

  it("gives no texts, rather than failing, when a sheet is gone", async () => {
    await expect(new ExcelHost().cellTexts([{ sheet: "改名了", cell: "A1" }])).resolves.toEqual(new Map());
  });
});

describe("ExcelHost: what the workbook stores", () => {
  const STORED = {
    accepted: [
      {
        rule: "sum.total",
        sheet: "部门支出预算表",
        cell: "F6",
        expected: "1261.65",
        actual: "1261.66",
        reason: "已说明",
      },
    ],
    acceptedPartIds: ["{a}"],
    settings: { ok: true as const, settings: { rules: { "sum.row": "off" as const } } },
    settingsPartIds: ["{s}"],
  };

  it("passes the stored acceptances and settings on with the results", () => {
    resultsStore.update({ results: { ...RESULTS, stored: STORED } });
    expect(new ExcelHost().current()?.stored).toEqual({ accepted: STORED.accepted, settings: STORED.settings });
  });

  it("saves acceptances and settings through the adapter, rejecting with Excel's message", async () => {
    const saveAccepted = jest.spyOn(excelActions, "saveAccepted").mockResolvedValue(true);
    await new ExcelHost().saveAccepted(STORED.accepted);
    expect(saveAccepted).toHaveBeenCalledWith(STORED.accepted);
    jest.spyOn(excelActions, "saveSettings").mockImplementation(async () => {
      resultsStore.update({ failure: { kind: "failed", action: "save-settings", message: "AccessDenied" } });
      return false;
    });
    await expect(new ExcelHost().saveSettings({ profile: "henan" })).rejects.toThrow("AccessDenied");
  });
});
