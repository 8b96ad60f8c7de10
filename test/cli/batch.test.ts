/**
 * A reviewer's folder (issue 10 "Done when"): a few hundred small workbooks in nested folders, a damaged one, files
 * that are not workbooks, an Office lock file and a hidden file, checked with --jobs 2 (real worker threads). Every
 * NDJSON line, the summary line, the exit status and the report workbook are checked against what each generated
 * workbook holds, worked out by hand below — never against another run of the tool.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { IN_THREAD_FILES } from "../../src/cli/jobs";

// 300 workbooks through two worker threads on a shared 2-core machine.
jest.setTimeout(180_000);

const COUNT = 300;
type Kind = "clean" | "error" | "warning";

/**
 * One small 一般公共预算支出功能分类预算表: 201 = 20106 = 2010601 (200 basic) + 2010602 (100 project) = 300.
 * The 合计 row's 合计 cell C8 is 300 (clean), 301 (1 元 off: within the rounding bound of 1.5 for the row and 1 for
 * the column, so two warnings) or 350 (50 元 off: two errors, sum.row against D8 + E8 = 300 and sum.total against
 * the 类 row C4 = 300).
 */
function kindOf(i: number): Kind {
  return i % 10 === 3 ? "error" : i % 10 === 7 ? "warning" : "clean";
}
const TOTAL: Readonly<Record<Kind, number>> = { clean: 300, warning: 301, error: 350 };
const bodyOf = (i: number) => `上海市测试区第${i}局`;

async function workbook(file: string, i: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("一般公共预算支出表");
  const rows = [
    ["2025年一般公共预算支出功能分类预算表"],
    [`编制部门：${bodyOf(i)}`, "", "", "", "单位：元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["201", "一般公共服务支出", 300, 200, 100],
    ["20106", "财政事务", 300, 200, 100],
    ["2010601", "行政运行", 200, 200, 0],
    ["2010602", "一般行政管理事务", 100, 0, 100],
    ["", "合计", TOTAL[kindOf(i)], 200, 100],
  ];
  for (const row of rows) ws.addRow(row);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

/** Where workbook i goes: a third at the top, a third one folder down, a third two folders down. */
function relativeOf(i: number): string {
  const name = `unit-${String(i).padStart(3, "0")}.xlsx`;
  return i % 3 === 0 ? name : i % 3 === 1 ? path.join("区属", name) : path.join("区属", "街镇", name);
}

let dir: string;
let folder: string;
const expectedFiles = new Map<string, number>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-batch-"));
  folder = path.join(dir, "送审");
  for (let i = 0; i < COUNT; i++) {
    const file = path.join(folder, relativeOf(i));
    await workbook(file, i);
    expectedFiles.set(file, i);
  }
  await fs.writeFile(path.join(folder, "区属", "损坏.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  await fs.writeFile(path.join(folder, "old.xls"), Buffer.from("not really"));
  await fs.writeFile(path.join(folder, "公开.pdf"), "%PDF-1.4\n");
  await fs.writeFile(path.join(folder, "区属", "说明.txt"), "notes");
  await fs.writeFile(path.join(folder, "~$unit-000.xlsx"), Buffer.from([1, 2, 3]));
  await fs.writeFile(path.join(folder, "区属", ".DS_Store"), Buffer.from([0]));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Line {
  kind: string;
  file: string;
  [key: string]: unknown;
}

test("a folder of 300 workbooks with --jobs 2: every NDJSON line, the summary, the exit status, the report", async () => {
  const report = path.join(dir, "审核结果.xlsx");
  const run = await runCli(["--jobs", "2", "--format", "ndjson", "--report", report, folder]);
  const broken = path.join(folder, "区属", "损坏.xlsx");

  // A damaged workbook means exit 2, whatever else was found.
  expect(run.code).toBe(2);
  const lines = run.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

  // Skipped files first, in path order, with their reason; the lock file and the hidden file nowhere.
  expect(lines.slice(0, 3).map((l) => [l.kind, path.relative(folder, l.file), l.reason])).toEqual([
    ["skipped", "old.xls", "legacy-workbook"],
    ["skipped", "公开.pdf", "pdf"],
    ["skipped", path.join("区属", "说明.txt"), "unsupported"],
  ]);
  expect(run.stdout).not.toContain("~$");
  expect(run.stdout).not.toContain(".DS_Store");

  // One line per workbook, each naming its file; the damaged one as an error object.
  const results = lines.slice(3, -1);
  expect(results).toHaveLength(COUNT + 1);
  expect(new Set(results.map((l) => l.file))).toEqual(new Set([...expectedFiles.keys(), broken]));
  for (const line of results) {
    if (line.file === broken) {
      expect(line).toEqual({
        kind: "unreadable",
        file: broken,
        error: {
          kind: "corrupt",
          message: `${broken}：文件已损坏或不是有效的 .xlsx，请在 Excel 中打开后另存为 .xlsx`,
          detail: expect.any(String),
        },
      });
      continue;
    }
    const i = expectedFiles.get(line.file)!;
    const kind = kindOf(i);
    expect(line.kind).toBe("report");
    expect(line.body).toBe(bodyOf(i));
    expect(line.year).toBe(2025);
    expect(line.workbook).toBe(path.basename(line.file));
    const findings = (line.findings as Record<string, unknown>[]).map((f) => [
      f.rule,
      f.severity,
      f.sheet,
      f.cell,
      f.expected,
      f.actual,
    ]);
    const severity = kind === "error" ? "error" : "warning";
    const actual = String(TOTAL[kind]);
    expect(findings).toEqual(
      kind === "clean"
        ? []
        : [
            ["sum.row", severity, "一般公共预算支出表", "C8", "300", actual],
            ["sum.total", severity, "一般公共预算支出表", "C8", "300", actual],
          ],
    );
  }

  // The last line adds it all up, with the exit status.
  const errorFiles = [...expectedFiles.values()].filter((i) => kindOf(i) === "error").length;
  const warningFiles = [...expectedFiles.values()].filter((i) => kindOf(i) === "warning").length;
  expect(lines[lines.length - 1]).toEqual({
    kind: "summary",
    files: COUNT + 1,
    checked: COUNT,
    unreadable: 1,
    skipped: 3,
    error: 2 * errorFiles,
    warning: 2 * warningFiles,
    info: 0,
    accepted: 0,
    filesWithErrors: errorFiles,
    exit: 2,
  });
  expect(run.stderr).toContain(`${broken}：文件已损坏`);
  expect(run.stderr).toContain(`报告已写入：${report}`);

  // The report workbook, read back: a summary row per workbook in path order, the damaged one listed with why.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单"]);
  const summary = wb.getWorksheet("汇总")!;
  expect(summary.rowCount).toBe(COUNT + 2);
  expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const inPathOrder = [...expectedFiles.keys(), broken].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let r = 2; r <= COUNT + 2; r++) {
    const values = summary.getRow(r).values as unknown[];
    const file = inPathOrder[r - 2]!;
    const link = values[10] as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(path.relative(dir, file).split(path.sep).join("/"));
    if (file === broken) {
      expect(values.slice(1, 10)).toEqual([
        "损坏.xlsx",
        undefined,
        undefined,
        0,
        0,
        0,
        0,
        0,
        `${broken}：文件已损坏或不是有效的 .xlsx，请在 Excel 中打开后另存为 .xlsx`,
      ]);
      continue;
    }
    const i = expectedFiles.get(file)!;
    const errors = kindOf(i) === "error" ? 2 : 0;
    const warnings = kindOf(i) === "warning" ? 2 : 0;
    expect(values.slice(1, 10)).toEqual([path.basename(file), bodyOf(i), 2025, errors, warnings, 0, 0, 1, "已检查"]);
  }

  // Findings in path order, amounts as numbers, the severity coloured, a link to the cell.
  const findings = wb.getWorksheet("问题清单")!;
  expect(findings.rowCount).toBe(1 + 2 * (errorFiles + warningFiles));
  // The filter covers the header and every finding row.
  expect(findings.autoFilter).toBe(`A1:L${1 + 2 * (errorFiles + warningFiles)}`);
  const withFindings = inPathOrder.filter((f) => f !== broken && kindOf(expectedFiles.get(f)!) !== "clean");
  withFindings.forEach((file, k) => {
    const kind = kindOf(expectedFiles.get(file)!);
    for (const [offset, rule] of [
      [0, "sum.row"],
      [1, "sum.total"],
    ] as const) {
      const sheetRow = findings.getRow(2 + 2 * k + offset);
      const values = rowValues(sheetRow);
      expect(values[1]).toBe(path.basename(file));
      expect((values[3] as ExcelJS.CellHyperlinkValue).hyperlink).toBe(
        `${path.relative(dir, file).split(path.sep).join("/")}#'一般公共预算支出表'!C8`,
      );
      expect([values[4], values[5], values[7], values[8], values[9], values[10]]).toEqual([
        kind === "error" ? "错误" : "警告",
        rule,
        "元",
        300,
        TOTAL[kind],
        TOTAL[kind] - 300,
      ]);
      expect(fillOf(sheetRow.getCell(4))).toBe(kind === "error" ? "FFFFC7CE" : "FFFFEB9C");
      expect(formatOf(sheetRow.getCell(8))).toBe("#,##0");
    }
  });
});

/** A row's values (1-based, as ExcelJS gives them), the fill colour and the number format of a cell read back. */
function rowValues(row: ExcelJS.Row): unknown[] {
  return row.values as unknown[];
}
function fillOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}
function formatOf(cell: ExcelJS.Cell): string | undefined {
  return cell.numFmt;
}

test("--jobs 1 and --jobs 2 give the same reports; text summary in path order", async () => {
  // 100 files: past IN_THREAD_FILES, so --jobs 1 runs them in one worker.
  const sub = path.join(folder, "区属", "街镇");
  expect([...expectedFiles.keys()].filter((f) => f.startsWith(sub + path.sep)).length).toBeGreaterThan(IN_THREAD_FILES);
  const one = await runCli(["--jobs", "1", "--format", "ndjson", sub]);
  const two = await runCli(["--jobs", "2", "--format", "ndjson", sub]);
  const sorted = (text: string) => text.trimEnd().split("\n").sort();
  expect(sorted(two.stdout)).toEqual(sorted(one.stdout));
  expect(two.code).toBe(1);

  const text = await runCli(["--jobs", "2", "--lang", "en", sub]);
  const files = [...expectedFiles.keys()].filter((f) => f.startsWith(sub + path.sep)).sort();
  const tail = text.stdout
    .slice(text.stdout.lastIndexOf(`${files.length} files`))
    .trimEnd()
    .split("\n");
  expect(tail.slice(1, -1).map((l) => l.trim().split(":")[0])).toEqual(files);
});
