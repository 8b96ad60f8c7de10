/**
 * A 部门 workbook checked with its 单位 workbooks in one run (issue 10): the 部门's figures against the sums over its
 * units, its findings in the 部门's result. The workbooks (consolidation-workbooks.ts): 测试局 covers its 本部 and
 * 测试局信息中心; the 部门 prints 2010601 200.00 (basic) and 2010602 100.00 (project), so 201, 20106 and 合计 are
 * 300.00 (合计 column C) = 200.00 (基本 D) + 100.00 (项目 E), on rows 4, 5 and 8; 2010601 is row 6, 2010602 row 7.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { TWO_UNITS, writeBudgetSheet, writeExpenseWithUnitRows } from "./consolidation-workbooks";

jest.setTimeout(60_000);

interface Finding {
  rule: string;
  severity: string;
  cell: string;
  expected?: string;
  actual?: string;
  message: string;
}
interface Line {
  kind: string;
  file?: string;
  units?: string[];
  findings?: Finding[];
  summary?: Record<string, number>;
  error?: number;
  warning?: number;
  info?: number;
  exit?: number;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-consolidation-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A folder with the 部门 and the units given (2010602 of 测试局信息中心 as `centreProject`). */
async function folder(
  name: string,
  centreProject: string | undefined,
  extra: (d: string) => Promise<unknown> = async () => undefined,
) {
  const d = path.join(dir, name);
  await writeBudgetSheet(path.join(d, "部门.xlsx"), {
    level: "department",
    body: "测试局",
    running: "200.00",
    project: "100.00",
    scope: TWO_UNITS,
  });
  await writeBudgetSheet(path.join(d, "1-本部.xlsx"), {
    level: "unit",
    body: "测试局",
    running: "150.00",
    project: "60.00",
  });
  if (centreProject !== undefined)
    await writeBudgetSheet(path.join(d, "2-中心.xlsx"), {
      level: "unit",
      body: "测试局信息中心",
      running: "50.00",
      project: centreProject,
    });
  await extra(d);
  return d;
}

async function ndjson(args: readonly string[]) {
  const run = await runCli(["--format", "ndjson", ...args]);
  const lines = run.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
  return { run, lines, consolidation: lines.filter((l) => l.kind === "consolidation") };
}

const where = (findings: readonly Finding[] | undefined) =>
  (findings ?? []).map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.expected} ${f.actual}`).sort();

/** Every cell of the 部门 that 2010602 feeds: 2010602, 20106, 201 and 合计, in the 合计 and 项目支出 columns. */
function fed(rule: string, severity: string, by: string): string[] {
  const total = (300 + Number(by)).toFixed(2);
  const project = (100 + Number(by)).toFixed(2);
  return ["4", "5", "7", "8"]
    .flatMap((row) => [
      `${rule} ${severity} C${row} ${row === "7" ? project : total} ${row === "7" ? "100.00" : "300.00"}`,
      `${rule} ${severity} E${row} ${project} 100.00`,
    ])
    .sort();
}

test("a 部门 and both its units adding up exactly: the consolidation line names them, no finding, exit 0", async () => {
  const { run, consolidation } = await ndjson([await folder("exact", "40.00")]);
  expect(consolidation).toEqual([
    expect.objectContaining({
      file: expect.stringMatching(/部门\.xlsx$/),
      units: ["测试局", "测试局信息中心"],
      findings: [],
    }),
  ]);
  expect(run.code).toBe(0);
});

test("a unit's line one cent beyond the bound (40.02 for 40.00; ±0.015): errors at every 部门 cell it feeds, exit 1", async () => {
  const { run, lines, consolidation } = await ndjson(["--jobs", "2", await folder("cent", "40.02")]);
  expect(consolidation).toHaveLength(1);
  expect(where(consolidation[0]!.findings)).toEqual(fed("consolidation.sum", "error", "0.02"));
  expect(consolidation[0]!.summary).toEqual({ error: 8, warning: 0, info: 0 });
  expect(lines.at(-1)).toEqual(expect.objectContaining({ kind: "summary", error: 8, exit: 1 }));
  expect(run.code).toBe(1);
});

test("a one-cent difference within the bound is a rounding tail: warnings, exit 0", async () => {
  const { run, consolidation } = await ndjson([await folder("tail", "40.01")]);
  expect(where(consolidation[0]!.findings)).toEqual(fed("consolidation.sum", "warning", "0.01"));
  expect(run.code).toBe(0);
});

test("only the 本部 given: one info naming it and the 2 units the 部门 covers, no sums", async () => {
  const { run, consolidation } = await ndjson(["--lang", "en", await folder("incomplete", undefined)]);
  expect(consolidation).toHaveLength(1);
  const findings = consolidation[0]!.findings!;
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([["consolidation.incomplete", "info"]]);
  expect(findings[0]!.message).toContain("Budgets of 1 units were given (测试局)");
  expect(findings[0]!.message).toContain("covers 2 budget units");
  expect(run.code).toBe(0);
});

test("unrelated workbooks in the same run pair with nothing", async () => {
  const d = path.join(dir, "unrelated");
  await writeBudgetSheet(path.join(d, "部门.xlsx"), {
    level: "department",
    body: "测试局",
    running: "200.00",
    project: "100.00",
    scope: TWO_UNITS,
  });
  await writeBudgetSheet(path.join(d, "别的局.xlsx"), {
    level: "unit",
    body: "别的局",
    running: "1.00",
    project: "2.00",
  });
  await writeBudgetSheet(path.join(d, "去年.xlsx"), {
    level: "unit",
    body: "测试局",
    running: "150.00",
    project: "60.00",
    year: 2024,
  });
  const { run, consolidation } = await ndjson([d]);
  expect(consolidation).toEqual([]);
  expect(run.code).toBe(0);
});

test("text, and the report workbook: the 部门's rows and its summary counts include the consolidation", async () => {
  const d = await folder("report", "40.02");
  const report = path.join(dir, "report.xlsx");
  const run = await runCli([d, "--report", report]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("部门.xlsx：部门预算与单位预算合并核对（测试局、测试局信息中心）");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const [summary, findings] = wb.worksheets;
  const dept = summary!.getSheetValues().find((row) => Array.isArray(row) && row[1] === "部门.xlsx") as unknown[];
  expect(dept[4]).toBe(8); // errors
  const rows = findings!.getSheetValues().filter((row) => Array.isArray(row) && row[5] === "consolidation.sum");
  expect(rows).toHaveLength(8);
  expect(rows.every((row) => (row as unknown[])[1] === "部门.xlsx")).toBe(true);
});

test("--baseline: a resubmitted 部门 whose consolidation findings an earlier run had shows them as unchanged", async () => {
  const d = await folder("baseline", "40.02");
  const before = await runCli(["--format", "ndjson", d]);
  const baseline = path.join(dir, "before.ndjson");
  await fs.writeFile(baseline, before.stdout);
  const { run, consolidation } = await ndjson(["--baseline", baseline, d]);
  expect(consolidation[0]!.findings).toEqual([]);
  expect(consolidation[0]).toEqual(expect.objectContaining({ unchanged: 8 }));
  expect(run.code).toBe(0);
});

test("unit rows of a 部门 table (Henan form) are compared with the one unit given; the set is said to be incomplete", async () => {
  const d = path.join(dir, "unit-rows");
  // 测试局's 支出预算表 lists 101001 测试局本级 (210 = 150 + 60) and 101002 测试局信息中心 (90 = 50 + 40), rows 6 and 9.
  await writeExpenseWithUnitRows(path.join(d, "部门.xlsx"), "编制部门：测试局", [
    ["", "", "", "", "合计", 300, 200, 100],
    ["", "", "", "101001", "测试局本级", 210, 150, 60],
    ["201", "06", "01", "", "行政运行", 150, 150, 0],
    ["201", "06", "02", "", "一般行政管理事务", 60, 0, 60],
    ["", "", "", "101002", "测试局信息中心", 90, 50, 40],
    ["201", "06", "01", "", "行政运行", 50, 50, 0],
    ["201", "06", "02", "", "一般行政管理事务", 40, 0, 40],
  ]);
  // The centre's own budget says 95 = 55 + 40: its row in the 部门 differs in 合计 (F9) and 基本支出 (G9).
  await writeExpenseWithUnitRows(path.join(d, "中心.xlsx"), "编制单位：测试局信息中心", [
    ["", "", "", "", "合计", 95, 55, 40],
    ["201", "06", "01", "", "行政运行", 55, 55, 0],
    ["201", "06", "02", "", "一般行政管理事务", 40, 0, 40],
  ]);
  const { run, consolidation } = await ndjson([d]);
  expect(consolidation).toHaveLength(1);
  expect(consolidation[0]!.units).toEqual(["测试局信息中心"]);
  expect(where(consolidation[0]!.findings)).toEqual([
    "consolidation.incomplete info F5 undefined undefined",
    "consolidation.unit-row error F9 95 90",
    "consolidation.unit-row error G9 55 50",
  ]);
  expect(run.code).toBe(1);
});
