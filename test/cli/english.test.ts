/**
 * --lang en leaves no Chinese in the tool's own words (issue 10): every run of Chinese characters in the English
 * output must be the workbook's own text (a sheet name, a label or a cell quoted) or a catalog name quoted as the
 * expected side — official names, which have no official English.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";
import { runCli } from "./run-cli";

jest.setTimeout(60_000);

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-english-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The Chinese runs of `text` that are not part of any allowed string. */
function foreign(text: string, allowed: readonly string[]): string[] {
  return [...new Set(text.match(CJK) ?? [])].filter((run) => !allowed.some((a) => a.includes(run)));
}

test("text, NDJSON messages, stderr lines and the report workbook's own words are English", async () => {
  const folder = path.join(dir, "in");
  await fs.mkdir(folder);
  const sample = path.join(folder, "sample.xlsx");
  await fs.copyFile(SAMPLE_WORKBOOK, sample);
  await fs.writeFile(path.join(folder, "scan.pdf"), "%PDF-1.4\n");
  await fs.writeFile(path.join(folder, "broken.xlsx"), "not a zip");
  const report = path.join(dir, "review.xlsx");

  const read = await readWorkbookFile(SAMPLE_WORKBOOK);
  if (!read.ok) throw new Error("the sample must read");
  const json = JSON.parse((await runCli(["--format", "json", sample])).stdout) as {
    findings: { expected?: string; actual?: string }[];
  };
  const allowed = [
    ...read.snapshot.sheets.map((s) => s.name),
    ...read.snapshot.sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === "string")),
    // Catalog names shown as the expected side of a name check.
    ...json.findings.flatMap((f) => [f.expected ?? "", f.actual ?? ""]),
  ];

  const text = await runCli(["--lang", "en", "--report", report, folder]);
  expect(foreign(text.stdout, allowed)).toEqual([]);
  expect(foreign(text.stderr, allowed)).toEqual([]);
  expect(text.stderr).toContain("skipped");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  expect(foreign(wb.worksheets.map((ws) => ws.name).join(" "), [])).toEqual([]);
  for (const ws of wb.worksheets) expect(foreign(JSON.stringify(ws.getRow(1).values), [])).toEqual([]);
  const summary = wb.getWorksheet("Summary")!;
  // Status column: "checked" or the English reason.
  expect(foreign(JSON.stringify(summary.getColumn(9).values), [])).toEqual([]);
  const findings = wb.getWorksheet("Findings")!;
  expect(foreign(JSON.stringify(findings.getColumn(4).values), [])).toEqual([]);
  expect(foreign(JSON.stringify(findings.getColumn(6).values), allowed)).toEqual([]);

  const help = await runCli(["--lang", "en", "--help"]);
  expect(foreign(help.stdout, [])).toEqual([]);
});
