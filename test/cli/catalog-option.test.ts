import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/findings/report";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import { runCli } from "./run-cli";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-catalog-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function catalogFile(name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "财政局下发";
  const ws = wb.addWorksheet("科目");
  rows.forEach((row) => ws.addRow(row));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

test("--catalog FILE: the report names the loaded catalog (layered over the bundled one) and the year the file names", async () => {
  const file = await catalogFile("2025年政府收支分类科目.xlsx", [
    ["科目编码", "科目名称"],
    ["201", "一般公共服务支出"],
    ["20131", "党委办公厅（室）及相关机构事务"],
    ["2013101", "行政运行"],
  ]);
  const run = await runCli(["--format", "json", "--catalog", file, SAMPLE_WORKBOOK]);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.catalog.year).toBe(2025);
  expect(report.catalog.source).toBe("2025年政府收支分类科目.xlsx / 科目 + 内置 2025（部分）");
});

test("--year wins over the year a catalog file names", async () => {
  const file = await catalogFile("2025-catalog.xlsx", [
    ["科目编码", "科目名称"],
    ["201", "一般公共服务支出"],
  ]);
  const report = JSON.parse((await runCli(["--format", "json", "--year", "2024", "--catalog", file])).stdout) as Report;
  expect(report.catalog.year).toBe(2024);
});

test("problems in the catalog sheet are printed as notes on stderr, and the check still runs", async () => {
  const file = await catalogFile("2024.xlsx", [
    ["科目编码", "科目名称"],
    ["201", "一般公共服务支出"],
    ["2013101", ""],
  ]);
  const run = await runCli(["--format", "json", "--catalog", file]);
  expect(run.stderr).toMatch(/科目表 .*2024\.xlsx：.*2013101/);
  expect((JSON.parse(run.stdout) as Report).workbook).toBe("fengquan-2024.xlsx");
});

test("an unreadable catalog file: exit 2 with one line, nothing checked", async () => {
  const run = await runCli(["--catalog", path.join(dir, "missing.xlsx"), SAMPLE_WORKBOOK]);
  expect(run).toEqual({ code: 2, stdout: "", stderr: `${path.join(dir, "missing.xlsx")}：文件不存在\n` });
});

test("without --catalog the report names the bundled catalog", async () => {
  const report = JSON.parse((await runCli(["--format", "json"])).stdout) as Report;
  expect(report.catalog.source).toMatch(/^内置 2024/);
});
