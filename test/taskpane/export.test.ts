/**
 * Browser mode's report files are the command line's: the JSON equals `--format json` for the same workbook, and
 * the .xlsx has the report workbook's sheets with the same findings. (The download itself is tested end to end.)
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { jsonDownload, reportStem, xlsxDownload } from "../../src/host/browser";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkSnapshot } from "../../src/taskpane/source";
import { runCli } from "../cli/run-cli";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

async function sampleReport(language: "zh" | "en") {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error("cannot read the sample");
  return checkSnapshot(read.snapshot).report(language);
}

it("names the files as --report-dir does", () => {
  expect(reportStem("fengquan-2024.xlsx")).toBe("fengquan-2024.budget-check");
  expect(reportStem("预算.XLSM")).toBe("预算.budget-check");
});

it("the JSON is what `budget-check --format json` prints for the workbook", async () => {
  const cli = await runCli([SAMPLE, "--format", "json"]);
  const download = jsonDownload(await sampleReport("zh"));
  expect(download.name).toBe("fengquan-2024.budget-check.json");
  // The command line names the workbook by its file name too.
  expect(download.bytes).toBe(cli.stdout);
});

it("the .xlsx is the command line's report workbook, with every finding in order", async () => {
  const report = await sampleReport("en");
  const download = await xlsxDownload(report, "en");
  expect(download.name).toBe("fengquan-2024.budget-check.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((download.bytes as Uint8Array).buffer as ArrayBuffer);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Summary", "Findings"]);
  const rows = workbook.getWorksheet("Findings")!.getSheetValues().slice(2) as unknown[][];
  expect(rows.map((row) => [row[2], (row[3] as { text: string }).text, row[5], row[6]])).toEqual(
    report.findings.map((f) => [f.sheet, f.cell, f.rule, f.message]),
  );
  // The link into the checked workbook is by file name: the browser saves both into one folder.
  expect((rows[0]?.[3] as { hyperlink: string }).hyperlink).toMatch(/^fengquan-2024\.xlsx#'/);

  // The same findings, in the same order, as the command line reports for the file.
  const cli = JSON.parse((await runCli([SAMPLE, "--lang", "en", "--format", "json"])).stdout) as typeof report;
  expect(rows.map((row) => [row[2], (row[3] as { text: string }).text, row[5], row[6]])).toEqual(
    cli.findings.map((f) => [f.sheet, f.cell, f.rule, f.message]),
  );
});
