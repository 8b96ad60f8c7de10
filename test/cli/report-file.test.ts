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
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-report-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A cell's value and number format. */
function valueAndFormat(cell: ExcelJS.Cell): { value: unknown; numFmt: string | undefined } {
  return { value: cell.value, numFmt: cell.numFmt };
}

/** The text and link of a hyperlink cell. */
function link(cell: ExcelJS.Cell): { text: string; hyperlink: string } {
  const value = cell.value as ExcelJS.CellHyperlinkValue;
  return { text: String(value.text), hyperlink: value.hyperlink };
}

test("--report FILE.xlsx lists every finding with a link to its cell in the checked file, and a summary", async () => {
  const sample = path.join(dir, "checked", "fengquan-2024.xlsx");
  await fs.mkdir(path.dirname(sample));
  await fs.copyFile(SAMPLE_WORKBOOK, sample);
  const reportFile = path.join(dir, "reports", "review.xlsx");
  await fs.mkdir(path.dirname(reportFile));

  const json = JSON.parse((await runCli(["--format", "json", sample])).stdout) as Report;
  const run = await runCli(["--report", reportFile, sample]);
  expect(run.stderr).toContain(`报告已写入：${reportFile}`);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(reportFile);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单"]);

  const summary = wb.getWorksheet("汇总")!;
  expect((summary.getRow(1).values as unknown[]).slice(1)).toEqual([
    "工作簿",
    "编制部门/单位",
    "年度",
    "错误",
    "警告",
    "提示",
    "已接受",
    "识别的表",
    "状态",
    "文件",
  ]);
  expect((summary.getRow(2).values as unknown[]).slice(1, 10)).toEqual([
    "fengquan-2024.xlsx",
    // The sample's 部门收支预算表 prints "部门名称：中共新乡市凤泉区委员会办公室" above the table.
    "中共新乡市凤泉区委员会办公室",
    2024,
    json.summary.error,
    json.summary.warning,
    json.summary.info,
    0,
    json.tables.length,
    "已检查",
  ]);
  expect(link(summary.getCell("J2"))).toEqual({
    text: "../checked/fengquan-2024.xlsx",
    hyperlink: "../checked/fengquan-2024.xlsx",
  });

  const findings = wb.getWorksheet("问题清单")!;
  expect(findings.rowCount).toBe(json.findings.length + 1);
  json.findings.forEach((finding, i) => {
    // Row values are 1-based (ExcelJS); blank cells are undefined.
    const values = findings.getRow(i + 2).values as unknown[];
    expect(link(findings.getCell(`C${i + 2}`))).toEqual({
      text: finding.cell,
      hyperlink: `../checked/fengquan-2024.xlsx#'${finding.sheet}'!${finding.cell}`,
    });
    expect([values[1], values[2], values[5], values[6]]).toEqual([
      "fengquan-2024.xlsx",
      finding.sheet,
      finding.rule,
      finding.message,
    ]);
    // Amounts are numbers in the workbook, shown with the decimals of the report's strings.
    (["expected", "actual", "difference"] as const).forEach((side, k) => {
      const shown = valueAndFormat(findings.getRow(i + 2).getCell(8 + k));
      const text = finding[side];
      if (text === undefined) expect(shown.value).toBeNull();
      else if (!/^-?\d+(\.\d+)?$/.test(text))
        expect(shown.value).toBe(text); // a name or a code stays text
      else {
        const decimals = text.split(".")[1]?.length ?? 0;
        expect(shown).toEqual({
          value: Number(text),
          numFmt: decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`,
        });
      }
    });
  });
});

test("the link quotes sheet names with apostrophes and escapes only space, #, ? and % in the path", async () => {
  const { fileLink } = await import("../../src/cli/report-workbook");
  const { cellLink } = await import("../../src/host/xlsx/report");
  expect(cellLink(fileLink("/r/out.xlsx", "/r/my files/b.xlsx"), "O'Brien 表", "C7")).toBe(
    "my%20files/b.xlsx#'O''Brien 表'!C7",
  );
  expect(cellLink(fileLink("/r/out/x.xlsx", "/r/送审/教育局#2.xlsx"), "支出表", "F6")).toBe(
    "../送审/教育局%232.xlsx#'支出表'!F6",
  );
});

test("--report FILE.json writes what --format json prints; several files give an array", async () => {
  const reportFile = path.join(dir, "all.json");
  const other = path.join(dir, "copy.xlsx");
  await fs.copyFile(SAMPLE_WORKBOOK, other);
  const printed = await runCli(["--format", "json", SAMPLE_WORKBOOK, other]);
  await runCli(["--report", reportFile, "--lang", "zh", SAMPLE_WORKBOOK, other]);
  expect(JSON.parse(await fs.readFile(reportFile, "utf8"))).toEqual(JSON.parse(printed.stdout));
  expect(JSON.parse(printed.stdout)).toHaveLength(2);
});

test("a report that cannot be written: one line and exit 2", async () => {
  const target = path.join(dir, "no-such-folder", "r.xlsx");
  const run = await runCli(["--lang", "en", "--report", target]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    new RegExp(`${target.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: the report could not be written \\(.+\\)\\n$`),
  );
});

test("--report-dir DIR writes one .xlsx and one .json per workbook, named after it, even for the same name twice", async () => {
  const a = path.join(dir, "a", "dept.xlsx");
  const b = path.join(dir, "b", "dept.xlsx");
  for (const file of [a, b]) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.copyFile(SAMPLE_WORKBOOK, file);
  }
  const out = path.join(dir, "per-workbook", "reports");
  const run = await runCli(["--report-dir", out, a, b]);
  expect((await fs.readdir(out)).sort()).toEqual([
    "dept-2.budget-check.json",
    "dept-2.budget-check.xlsx",
    "dept.budget-check.json",
    "dept.budget-check.xlsx",
  ]);
  const single = JSON.parse(await fs.readFile(path.join(out, "dept.budget-check.json"), "utf8")) as Report;
  expect(single.workbook).toBe("dept.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, "dept-2.budget-check.xlsx"));
  expect(link(wb.getWorksheet("汇总")!.getCell("J2"))).toEqual({
    text: "../../b/dept.xlsx",
    hyperlink: "../../b/dept.xlsx",
  });
  expect(run.stderr.split("\n").filter((l) => l.startsWith("报告已写入"))).toHaveLength(4);
});

test("a report workbook on a full disk (/dev/full through a link named .xlsx): one line and exit 2", async () => {
  const target = path.join(dir, "full.xlsx");
  await fs.symlink("/dev/full", target);
  const run = await runCli(["--lang", "en", "--report", target, SAMPLE_WORKBOOK]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${target}: the disk is full; the report was not written\n`);
});
