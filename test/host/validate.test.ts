import { MARK_COLOURS } from "../../src/host/excel/mark-style";
import { REPORT_SHEET_NAME } from "../../src/host/excel/names";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { DEFAULT_VALIDATION_SETTINGS } from "../../src/session/results-store";
import { validateInExcel } from "../../src/host/excel/validate";
import { stubEngine, stubFinding } from "./engine-stub";
import { appearanceOf, fakeWorkbook, openInFakeExcel, sheetOf } from "./fake-excel";

const ALL = hostSupport(supportUpTo("1.18")).features;
const NOW = () => new Date("2026-01-02T03:04:05Z");

function book(count: number) {
  const names = Array.from({ length: count }, (_, i) => `表${i + 1}`);
  const workbook = fakeWorkbook(
    "b.xlsx",
    names.map((name) => ({ name, cells: { A1: "标题", B2: 12 } })),
  );
  const findings = names.flatMap((name) => [
    stubFinding(name, "B2", "error", "12x"),
    stubFinding(name, "A1", "info", "标题"),
  ]);
  return { workbook, names, findings };
}

describe("validateInExcel", () => {
  it.each([1, 30])("checks a workbook of %i sheets in four syncs (three reads, one write)", async (count) => {
    const { workbook, names, findings } = book(count);
    const excel = openInFakeExcel(workbook);
    const sync = jest.spyOn(excel.context, "sync");
    const { engine } = stubEngine(findings);
    const results = await validateInExcel(excel.context, {
      scope: "workbook",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      now: NOW,
      engine,
    });
    expect(sync).toHaveBeenCalledTimes(4);
    expect(results).toMatchObject({
      scope: "workbook",
      sheets: names,
      marked: count,
      protectedSheets: [],
      notes: true,
      cellSyncs: 1,
      finishedAt: "2026-01-02T03:04:05.000Z",
    });
    expect(results.report.summary).toEqual({ error: count, warning: 0, info: count });
    expect(Object.keys(appearanceOf(workbook).fills)).toEqual(names.map((n) => `${n}!B2`));
  });

  it("校验本表 reports and marks only the active sheet, while the engine sees every sheet", async () => {
    const { workbook, findings } = book(3);
    workbook.active = "表2";
    const { engine, calls } = stubEngine(findings);
    const results = await validateInExcel(openInFakeExcel(workbook).context, {
      scope: "sheet",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      engine,
    });
    expect(calls.map((c) => [c.snapshot.sheets.map((s) => s.name), c.options.onlySheets])).toEqual([
      [["表1", "表2", "表3"], ["表2"]],
    ]);
    expect(results.report.findings.map((f) => [f.sheet, f.cell, f.severity])).toEqual([
      ["表2", "B2", "error"],
      ["表2", "A1", "info"],
    ]);
    // The engine's findings behind the report, in its order: the pane words its list from them.
    expect(results.input?.findings.map((f) => [f.sheet, f.cell, f.severity])).toEqual([
      ["表2", "B2", "error"],
      ["表2", "A1", "info"],
    ]);
    expect(appearanceOf(workbook).fills).toEqual({
      "表2!B2": {
        pattern: "Solid",
        color: MARK_COLOURS.error,
        patternColor: null,
        tintAndShade: 0,
        patternTintAndShade: 0,
      },
    });
    expect(appearanceOf(workbook).notes).toEqual({
      "表2!B2": `【预算校验】\n错误：${results.report.findings[0]!.message}`,
    });
  });

  it("passes the pane's options to the engine and writes messages in the chosen language", async () => {
    const { workbook, findings } = book(1);
    const { engine, calls } = stubEngine(findings);
    const settings = { language: "en" as const, check: { tolerance: "0.05", profile: "henan" as const } };
    await validateInExcel(openInFakeExcel(workbook).context, { scope: "workbook", settings, features: ALL, engine });
    expect(calls[0]!.options).toEqual({ tolerance: "0.05", profile: "henan" });
    expect(appearanceOf(workbook).notes["表1!B2"]).toMatch(/^\[Budget Check\]\nError: /);
  });

  it("rewrites an exported report sheet on a whole-workbook run, and never reads it", async () => {
    const { workbook, findings } = book(2);
    workbook.sheets.push(
      ...fakeWorkbook("x", [{ name: REPORT_SHEET_NAME, cells: { A1: "旧", A9: "旧的一行" } }]).sheets,
    );
    const { engine, calls } = stubEngine(findings);
    await validateInExcel(openInFakeExcel(workbook).context, {
      scope: "workbook",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      engine,
    });
    expect(calls[0]!.snapshot.sheets.map((s) => s.name)).toEqual(["表1", "表2"]);
    const report = sheetOf(workbook, REPORT_SHEET_NAME);
    expect([1, 2, 3, 4, 5].map((r) => report.cells.get(`C${r}`)?.value)).toEqual(["单元格", "B2", "A1", "B2", "A1"]);
    expect(report.cells.has("A9")).toBe(false);
  });

  it("校验本表 on the report sheet checks the whole workbook and refreshes the report", async () => {
    const { workbook, names, findings } = book(2);
    workbook.sheets.push(...fakeWorkbook("x", [{ name: REPORT_SHEET_NAME, cells: { A1: "旧" } }]).sheets);
    workbook.active = REPORT_SHEET_NAME;
    const results = await validateInExcel(openInFakeExcel(workbook).context, {
      scope: "sheet",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      engine: stubEngine(findings).engine,
    });
    expect([results.scope, results.sheets, results.marked]).toEqual(["workbook", names, 2]);
    expect(sheetOf(workbook, REPORT_SHEET_NAME).cells.get("A1")?.value).toBe("级别");
  });

  it("lists protected sheets' findings without marking them, and says which sheets were left unmarked", async () => {
    const { workbook, findings } = book(3);
    sheetOf(workbook, "表2").protected = true;
    const results = await validateInExcel(openInFakeExcel(workbook).context, {
      scope: "workbook",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      engine: stubEngine(findings).engine,
    });
    expect([results.report.summary.error, results.marked, results.protectedSheets]).toEqual([3, 2, ["表2"]]);
    expect(Object.keys(appearanceOf(workbook).fills)).toEqual(["表1!B2", "表3!B2"]);
  });

  it("leaves the report sheet be when the workbook structure is protected, and still marks", async () => {
    const { workbook, findings } = book(1);
    workbook.sheets.push(...fakeWorkbook("x", [{ name: REPORT_SHEET_NAME, cells: { A1: "旧" } }]).sheets);
    workbook.structureProtected = true;
    const results = await validateInExcel(openInFakeExcel(workbook).context, {
      scope: "workbook",
      settings: DEFAULT_VALIDATION_SETTINGS,
      features: ALL,
      engine: stubEngine(findings).engine,
    });
    expect(results.marked).toBe(1);
    expect(sheetOf(workbook, REPORT_SHEET_NAME).cells.get("A1")?.value).toBe("旧");
  });
});
