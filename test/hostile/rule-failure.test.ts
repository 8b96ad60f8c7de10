/**
 * Issue #9: a rule that throws is an info finding engine.rule-failed naming the rule, never a failed file; a file
 * that fails in a batch never loses the other files' results.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import * as engine from "../../src/core/engine/check-workbook";
import type { Report } from "../../src/core/findings/report";
import { sumTotal } from "../../src/core/engine/rules/sum-total";
import { isHierarchical } from "../../src/core/engine/hierarchy";
import * as recogniseSheetModule from "../../src/core/engine/recognise/recognise-sheet";
import { runCli } from "../cli/run-cli";

jest.setTimeout(60_000);

afterEach(() => jest.restoreAllMocks());

test("a rule that throws: one info finding naming it, the other rules' findings kept, the file checked", async () => {
  jest.spyOn(sumTotal, "check").mockImplementation(() => {
    throw new RangeError("Maximum call stack size exceeded");
  });
  const run = await runCli(["--format", "json", "--lang", "en", SAMPLE_WORKBOOK]);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  const failed = report.findings.filter((f) => f.rule === "engine.rule-failed");
  expect(failed).toEqual([
    {
      rule: "engine.rule-failed",
      severity: "info",
      sheet: "部门收支预算表",
      cell: "A1",
      message:
        "Rule sum.total failed on this workbook (RangeError: Maximum call stack size exceeded); its checks were not made, the others were. Please report it.",
      refs: [],
    },
  ]);
  expect(report.findings.some((f) => f.rule === "sum.total")).toBe(false);
  expect(report.findings.some((f) => f.rule === "code.name-mismatch")).toBe(true);
  expect(run.code).toBe(1); // the other rules still find the sample's errors
});

test("a sheet that cannot be read: a finding on that sheet, the other sheets checked", async () => {
  const real = recogniseSheetModule.recogniseSheet;
  jest.spyOn(recogniseSheetModule, "recogniseSheet").mockImplementation((sheet) => {
    if (sheet.name === "三公经费预算表") throw new RangeError("Invalid array length");
    return real(sheet);
  });
  const run = await runCli(["--format", "json", "--lang", "en", SAMPLE_WORKBOOK]);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  expect(report.findings.filter((f) => f.rule === "engine.rule-failed")).toEqual([
    {
      rule: "engine.rule-failed",
      severity: "info",
      sheet: "三公经费预算表",
      cell: "A1",
      message:
        "Reading this sheet failed (RangeError: Invalid array length); it was not checked, the other sheets were. Please report it.",
      refs: [],
    },
  ]);
  expect(report.tables.map((t) => t.sheet)).not.toContain("三公经费预算表");
  expect(report.tables.map((t) => t.sheet)).toContain("部门支出预算表");
  expect(report.findings.some((f) => f.sheet === "部门支出预算表" && f.rule === "sum.total")).toBe(true);
});

test("a file whose check fails outside the rules is one line; the other files of the batch keep their results", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-batch-"));
  try {
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => path.join(dir, name));
    for (const file of files) await fs.copyFile(SAMPLE_WORKBOOK, file);
    const real = engine.checkWorkbook;
    let calls = 0;
    jest.spyOn(engine, "checkWorkbook").mockImplementation((snapshot, options) => {
      if (++calls === 2) throw new RangeError("Invalid array length");
      return real(snapshot, options);
    });
    const run = await runCli(["--format", "json", "--lang", "en", ...files]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${files[1]}: internal error while checking (Invalid array length); please report it\n`);
    expect((JSON.parse(run.stdout) as Report[]).map((r) => r.workbook)).toEqual(["a.xlsx", "c.xlsx"]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("200,000 codes do not overflow the stack when the hierarchy is judged", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => ({
    kind: "code",
    code: { code: i % 2 === 0 ? "201" : "20101", malformed: false, repaired: [] },
  }));
  expect(isHierarchical({ rows } as never)).toBe(true);
});
