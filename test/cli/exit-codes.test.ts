/**
 * The exit status follows the findings, whatever the engine finds: the engine is replaced here by one that reports
 * exactly what each test wants, so the command line's own logic is tested.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Finding, Severity } from "../../src/core/findings/finding";
import { runCli } from "./run-cli";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

let findingsBySheet: Record<string, Severity> = {};

jest.mock("../../src/core/engine", () => ({
  ...jest.requireActual("../../src/core/engine"),
  checkWorkbook: (snapshot: { sheets: { name: string }[] }) => ({
    year: 2024,
    tables: [],
    catalog: { year: 2024, source: "stub catalog" },
    findings: snapshot.sheets
      .filter((sheet) => findingsBySheet[sheet.name] !== undefined)
      .map((sheet): Finding => ({
        rule: "table.unrecognised",
        severity: findingsBySheet[sheet.name]!,
        sheet: sheet.name,
        cell: "B2",
        refs: [],
        params: { reason: "no-title" },
      })),
  }),
}));

let dir: string;
async function workbookWithSheet(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(name).getCell("B2").value = 1;
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-exit-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each([
  [{}, 0],
  [{ clean: "info" }, 0],
  [{ clean: "warning" }, 0],
  [{ clean: "error" }, 1],
  [{ clean: "warning", bad: "error" }, 1],
] as [Record<string, Severity>, number][])("findings %j → exit %i", async (wanted, code) => {
  findingsBySheet = wanted;
  const files = [await workbookWithSheet("clean"), await workbookWithSheet("bad")];
  const run = await runCli(["--format", "json", ...files]);
  expect(run.code).toBe(code);
  const reports = JSON.parse(run.stdout) as { summary: Record<Severity, number> }[];
  expect(reports.map((r) => r.summary.error)).toEqual([
    wanted.clean === "error" ? 1 : 0,
    wanted.bad === "error" ? 1 : 0,
  ]);
});

test("an unreadable file wins over errors found: exit 2", async () => {
  findingsBySheet = { bad: "error" };
  const run = await runCli([await workbookWithSheet("bad"), path.join(dir, "missing.xlsx")]);
  expect(run.code).toBe(2);
});
