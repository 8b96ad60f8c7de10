import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/findings/report";
import { findingKey } from "../../src/core/findings/finding-key";
import { parseAddress } from "../../src/core/grid/address";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import { runCli } from "./run-cli";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

let dir: string;
const oleHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function writeFile(name: string, bytes: Buffer | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

/** A tiny workbook with one unremarkable sheet. */
async function smallWorkbook(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").getCell("A1").value = "hello";
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("unreadable inputs: exit 2, one line each, no stack trace", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["a missing file", async () => path.join(dir, "nope.xlsx"), /nope\.xlsx：文件不存在$/],
    [
      "corrupt bytes named .xlsx",
      () => writeFile("corrupt.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9])),
      /corrupt\.xlsx：文件已损坏.*另存为 \.xlsx$/,
    ],
    [
      "an .xls name",
      () => writeFile("old.xls", Buffer.concat([oleHeader, Buffer.alloc(100)])),
      /old\.xls：不支持 \.xls.*请另存为 \.xlsx$/,
    ],
    ["a WPS .et name", () => writeFile("wps.et", Buffer.from("x")), /wps\.et：.*请另存为 \.xlsx$/],
    ["a PDF", () => writeFile("disclosure.pdf", "%PDF-1.4\n%…"), /disclosure\.pdf：这是 PDF.*另存为 \.xlsx/],
    [
      "an encrypted workbook (OLE container with EncryptionInfo, named .xlsx)",
      () =>
        writeFile(
          "locked.xlsx",
          Buffer.concat([oleHeader, Buffer.alloc(500), Buffer.from("EncryptionInfo", "utf16le")]),
        ),
      /locked\.xlsx：工作簿有密码保护.*另存为 \.xlsx$/,
    ],
  ];

  test.each(cases)("%s", async (_what, make, line) => {
    const file = await make();
    const run = await runCli([file]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });

  test("one line per bad input, in English with --lang en, and still exit 2 next to a readable file", async () => {
    const good = await smallWorkbook("good.xlsx");
    const run = await runCli(["--lang", "en", path.join(dir, "a.xls"), good, path.join(dir, "b.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `${path.join(dir, "a.xls")}: no such file`,
      `${path.join(dir, "b.xlsx")}: no such file`,
    ]);
    expect(run.stdout).toContain("good.xlsx");
  });

  test("the hint for an .xls that exists", async () => {
    const file = await writeFile("real-old.xls", Buffer.concat([oleHeader, Buffer.alloc(100)]));
    const run = await runCli(["--lang=en", file]);
    expect(run.stderr).toBe(`${file}: .xls / .et workbooks are not supported; save as .xlsx\n`);
  });
});

describe("arguments", () => {
  test.each([
    [["--frobnicate"], "未知选项：--frobnicate"],
    [["--format", "xml"], "选项 --format 的值无效：xml"],
    [["--year", "24"], "选项 --year 的值无效：24"],
    [["--report", "out.txt"], "选项 --report 的值无效：out.txt"],
    [["--lang", "fr"], "选项 --lang 的值无效：fr"],
    [["--catalog"], "选项 --catalog 需要一个值"],
  ])("%j → exit 2 with %s", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n运行 budget-check --help 查看用法。\n`);
  });

  test("--help prints usage in the chosen language and exits 0", async () => {
    const zh = await runCli(["--help"]);
    const en = await runCli(["--lang", "en", "-h"]);
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.stdout).toMatch(/^用法：budget-check/);
    expect(en.stdout).toMatch(/^Usage: budget-check/);
    expect(en.stdout).toContain("--format text|json");
  });

  test("--version prints package.json's version", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    const run = await runCli(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `budget-check ${pkg.version}\n`, stderr: "" });
  });
});

/** Every finding names an existing sheet and a cell inside the workbook; summary counts match the findings. */
async function expectConsistentReport(report: Report, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Set(wb.worksheets.map((ws) => ws.name));
  for (const finding of [...report.findings, ...report.findings.flatMap((f) => f.refs)]) {
    expect(sheets).toContain(finding.sheet);
    expect(parseAddress(finding.cell)).toBeDefined();
  }
  for (const table of report.tables) expect(sheets).toContain(table.sheet);
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  expect(report.summary).toEqual({ error: count("error"), warning: count("warning"), info: count("info") });
  for (const finding of report.findings) {
    expect(typeof finding.message).toBe("string");
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

describe("the bundled sample", () => {
  test("no file → checks samples/fengquan-2024.xlsx; --format json prints one report object", async () => {
    const run = await runCli(["--format", "json"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(Array.isArray(report)).toBe(false);
    expect(report.workbook).toBe("fengquan-2024.xlsx");
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["workbook", "catalog", "tables", "summary", "findings"]),
    );
    expect(run.stderr).toContain(SAMPLE_WORKBOOK);
    expect(run.code).toBe(report.summary.error > 0 ? 1 : 0);
    await expectConsistentReport(report, SAMPLE_WORKBOOK);
  });

  test("text report groups findings under their sheet names and ends with the counts", async () => {
    const json = JSON.parse((await runCli(["--format", "json", SAMPLE_WORKBOOK])).stdout) as Report;
    const run = await runCli([SAMPLE_WORKBOOK]);
    expect(run.stdout).not.toContain("\u001b[");
    const lines = run.stdout.split("\n");
    for (const sheet of new Set(json.findings.map((f) => f.sheet))) expect(lines).toContain(sheet);
    for (const finding of json.findings) expect(run.stdout).toContain(finding.message);
    const { error, warning, info } = json.summary;
    expect(run.stdout).toContain(`fengquan-2024.xlsx: 错误 ${error}，警告 ${warning}，提示 ${info}`);
  });

  test("--lang en gives English messages and headings", async () => {
    const zh = JSON.parse((await runCli(["--format", "json"])).stdout) as Report;
    const en = JSON.parse((await runCli(["--format", "json", "--lang", "en"])).stdout) as Report;
    // Same findings: the sides too, but for the directions narrative.direction words in the report's language.
    const unworded = ({ message: _m, expected: _e, actual: _a, ...rest }: Report["findings"][number]) => rest;
    expect(en.findings.map(unworded)).toEqual(zh.findings.map(unworded));
    expect(en.findings.map(findingKey)).toEqual(zh.findings.map(findingKey));
    const differ = en.findings.filter(
      (f, i) => f.expected !== zh.findings[i]!.expected || f.actual !== zh.findings[i]!.actual,
    );
    expect(new Set(differ.map((f) => `${f.rule} ${f.expected ?? ""}`))).toEqual(
      new Set(["narrative.direction unchanged"]),
    );
    // Same findings, other sentences: English words, not the Chinese sentence (sheet names stay as they are).
    en.findings.forEach((finding, i) => {
      expect(finding.message).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
      expect(finding.message).not.toBe(zh.findings[i]!.message);
    });
    const text = await runCli(["--lang", "en"]);
    expect(text.stdout).toMatch(/fengquan-2024\.xlsx: \d+ errors?, \d+ warnings?, \d+ info/);
  });

  test("colour only on a terminal and only without NO_COLOR", async () => {
    const tty = await runCli([], { tty: true });
    const noColor = await runCli([], { tty: true, env: { NO_COLOR: "1" } });
    expect(tty.stdout).toContain("\u001b[1m");
    expect(noColor.stdout).not.toContain("\u001b[");
  });
});

describe("several files", () => {
  test("--format json prints an array, one report per readable file, in argument order", async () => {
    const other = await smallWorkbook("other.xlsx");
    const run = await runCli(["--format", "json", SAMPLE_WORKBOOK, other]);
    const reports = JSON.parse(run.stdout) as Report[];
    expect(reports.map((r) => r.workbook)).toEqual(["fengquan-2024.xlsx", "other.xlsx"]);
    await expectConsistentReport(reports[0]!, SAMPLE_WORKBOOK);
    await expectConsistentReport(reports[1]!, other);
    expect(run.code).toBe(reports.some((r) => r.summary.error > 0) ? 1 : 0);
  });

  test("text mode closes with a summary line per file and the totals", async () => {
    const other = await smallWorkbook("other2.xlsx");
    const reports = JSON.parse((await runCli(["--format", "json", SAMPLE_WORKBOOK, other])).stdout) as Report[];
    const run = await runCli(["--lang", "en", SAMPLE_WORKBOOK, other, path.join(dir, "gone.xlsx")]);
    const tail = run.stdout.slice(run.stdout.lastIndexOf("3 files"));
    const sum = (k: "error" | "warning" | "info") => reports.reduce((n, r) => n + r.summary[k], 0);
    const counts = (e: number, w: number, i: number) =>
      `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`;
    const line = (r: Report) => counts(r.summary.error, r.summary.warning, r.summary.info);
    expect(tail.split("\n").filter(Boolean)).toEqual([
      "3 files, 1 could not be read",
      `  ${SAMPLE_WORKBOOK}: ${line(reports[0]!)}`,
      `  ${other}: ${line(reports[1]!)}`,
      `  ${path.join(dir, "gone.xlsx")}: could not be read`,
      `  Σ ${counts(sum("error"), sum("warning"), sum("info"))}`,
    ]);
    expect(run.code).toBe(2);
  });
});
