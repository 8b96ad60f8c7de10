/**
 * The Shanghai workbook checked against a catalog the user loads (--catalog): a sheet listing exactly the
 * department's 类/款/项, written here from ./department.ts. Consistent → no error; a code the loaded catalog does
 * not list → code.unknown as an error (domain.md: absent from a loaded catalog is an error).
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/findings/report";
import { runCli } from "../cli/run-cli";
import { CLASS_NAMES, LINES } from "./department";
import { SHANGHAI_SHEETS, shanghaiWorkbook } from "./shanghai";
import { cellAt, patched, writeWorkbook } from "./sheet-spec";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

let dir: string;
let catalogFile: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-official-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2024年政府收支分类科目");
  ws.addRow(["科目编码", "科目名称"]);
  for (const [code, name] of Object.entries(CLASS_NAMES)) ws.addRow([code, name]);
  for (const line of LINES) ws.addRow([line.code, line.name]);
  catalogFile = path.join(dir, "2024年支出功能分类科目.xlsx");
  await wb.xlsx.writeFile(catalogFile);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function report(name: string, spec = shanghaiWorkbook()): Promise<Report> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeWorkbook(spec, file);
  const run = await runCli(["--format", "json", "--catalog", catalogFile, file]);
  return JSON.parse(run.stdout) as Report;
}

test("consistent workbook, loaded catalog listing its codes: no error, and the report names the catalog", async () => {
  const r = await report("consistent");
  expect(r.catalog).toEqual({
    year: 2024,
    source: expect.stringMatching(/^2024年支出功能分类科目\.xlsx \+ 内置 2024/),
  });
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a code the loaded catalog does not list is an error at its cell", async () => {
  const spec = shanghaiWorkbook();
  const cell = cellAt(spec, SHANGHAI_SHEETS.expense, "2010607", "A");
  const r = await report("unknown", patched(spec, [{ sheet: SHANGHAI_SHEETS.expense, cell, value: "2010698" }]));
  const errors = r.findings
    .filter((f) => f.severity === "error")
    .map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell }));
  expect(errors).toEqual([{ rule: "code.unknown", sheet: SHANGHAI_SHEETS.expense, cell }]);
});
