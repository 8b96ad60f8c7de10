/**
 * Browser mode's report files are the command line's: the JSON equals `--format json` for the same workbook, and
 * the .xlsx has the report workbook's sheets with the same findings and the same summary row (body, year, counts).
 * (The download itself is tested end to end.)
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { jsonDownload, reportStem, xlsxDownload } from "../../src/host/browser";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkSnapshot } from "../../src/taskpane/source";
import { runCli } from "../cli/run-cli";
import { corpusFile, corpusPresent } from "../corpus/corpus-files";

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

async function summaryRow(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const summary = workbook.worksheets[0]!;
  expect(summary.rowCount).toBe(2);
  return (summary.getRow(2).values as unknown[]).slice(1);
}

/** The summary row of the page's download, built as the pane builds it: the checked workbook's `about` passed on. */
async function pageSummaryRow(file: string): Promise<unknown[]> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`cannot read ${file}`);
  const checked = checkSnapshot(read.snapshot);
  const download = await xlsxDownload(checked.report("zh"), "zh", checked.about);
  return summaryRow(download.bytes as Uint8Array);
}

async function cliSummaryRow(file: string): Promise<unknown[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-export-"));
  try {
    const copy = path.join(dir, path.basename(file));
    await fs.copyFile(file, copy);
    await runCli(["--lang", "zh", "--report-dir", dir, copy]);
    return await summaryRow(
      new Uint8Array(await fs.readFile(path.join(dir, `${reportStem(path.basename(file))}.xlsx`))),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const CORPUS_BODIES = [
  ["pt-commerce-2025-unit", "上海市普陀区商务委员会"],
  ["pt-gov-office-2025-dept", "上海市普陀区人民政府办公室"],
] as const;

describe("the .xlsx summary row is the command line's for the same workbook (issue 10)", () => {
  it("the sample: its body and year, then the counts", async () => {
    const page = await pageSummaryRow(SAMPLE);
    // File, body (its 编制部门 line), year (its titles); then the counts, as the command line writes them.
    expect(page.slice(0, 3)).toEqual(["fengquan-2024.xlsx", "中共新乡市凤泉区委员会办公室", 2024]);
    expect(page).toEqual(await cliSummaryRow(SAMPLE));
  });

  (corpusPresent() ? it : it.skip).each(CORPUS_BODIES)(
    "%s: the body on its 编制部门/编制单位 line, 2025",
    async (name, body) => {
      const file = corpusFile(name);
      const page = await pageSummaryRow(file);
      expect(page.slice(0, 3)).toEqual([`${name}.xlsx`, body, 2025]);
      expect(page).toEqual(await cliSummaryRow(file));
    },
  );
});
