/** The parts of a batch run on their own: discovery and globs, the progress line, the report workbook's split. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { discoverInputs, expandGlob } from "../../src/cli/discover";
import { PathOrder } from "../../src/cli/path-order";
import { clock, Progress } from "../../src/cli/progress";
import { ReportWorkbookFile } from "../../src/cli/report-workbook";
import { amountCell } from "../../src/host/xlsx/report";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";

jest.setTimeout(30_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-parts-"));
  for (const name of [
    "a.xlsx",
    "b.XLSM",
    "c.xls",
    "d.et",
    "e.pdf",
    "~$a.xlsx",
    ".hidden.xlsx",
    "sub/f.xlsx",
    "sub/g.csv",
  ]) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), "x");
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("discovery", () => {
  test("a folder: workbooks checked, others skipped with the reason, lock and hidden files ignored", async () => {
    const found = await discoverInputs([dir]);
    expect(found.files).toEqual([path.join(dir, "a.xlsx"), path.join(dir, "b.XLSM"), path.join(dir, "sub", "f.xlsx")]);
    expect(found.skipped).toEqual([
      { file: path.join(dir, "c.xls"), reason: "legacy-workbook" },
      { file: path.join(dir, "d.et"), reason: "legacy-workbook" },
      { file: path.join(dir, "e.pdf"), reason: "pdf" },
      { file: path.join(dir, "sub", "g.csv"), reason: "unsupported" },
    ]);
    expect(found.expanded).toBe(true);
  });

  test("a file named explicitly is kept, whatever its type (the reader refuses it with exit 2)", async () => {
    const found = await discoverInputs([path.join(dir, "c.xls"), path.join(dir, "~$a.xlsx")]);
    expect(found.files).toEqual([path.join(dir, "c.xls"), path.join(dir, "~$a.xlsx")]);
    expect(found.skipped).toEqual([]);
    expect(found.expanded).toBe(false);
  });

  test("globs: * and ? within a name, [..] classes, ** for any depth; a file reached twice is checked once", async () => {
    expect(await expandGlob(path.join(dir, "*.xls*"))).toEqual([
      path.join(dir, "a.xlsx"),
      path.join(dir, "c.xls"), // case matters, as in the shell: *.xls* does not match b.XLSM
    ]);
    expect(await expandGlob(path.join(dir, "**", "?.xlsx"))).toEqual([
      path.join(dir, "a.xlsx"),
      path.join(dir, "sub", "f.xlsx"),
    ]);
    expect(await expandGlob(path.join(dir, "[ab].*"))).toEqual([path.join(dir, "a.xlsx"), path.join(dir, "b.XLSM")]);
    const found = await discoverInputs([path.join(dir, "*.xlsx"), dir]);
    expect(found.files).toEqual([path.join(dir, "a.xlsx"), path.join(dir, "b.XLSM"), path.join(dir, "sub", "f.xlsx")]);
  });

  test("a pattern matching nothing is reported like a missing file; an empty folder says no workbook was found", async () => {
    const none = path.join(dir, "*.xlsb");
    const run = await runCli(["--lang", "en", none]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${none}: no such file\n`);
    const empty = path.join(dir, "empty");
    await fs.mkdir(empty);
    const nothing = await runCli(["--lang", "en", empty]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe(`${empty}: no .xlsx / .xlsm workbook found\n`);
  });
});

describe("progress line", () => {
  test("drawn in place on a terminal: done/total, files with errors, elapsed and time left; cleared at the end", () => {
    let written = "";
    let now = 0;
    const progress = new Progress({ write: (t: string) => (written += t), isTTY: true }, 4, "en", () => now);
    now = 10_000;
    progress.step(true);
    expect(written).toBe("\r\u001b[K1/4 files, 1 with errors or unreadable, 0:10 elapsed, about 0:30 left");
    progress.message("x.xlsx: no such file");
    expect(
      written.endsWith(
        "\r\u001b[Kx.xlsx: no such file\n1/4 files, 1 with errors or unreadable, 0:10 elapsed, about 0:30 left",
      ),
    ).toBe(true);
    now = 20_000;
    progress.step(false);
    progress.finish();
    expect(written.endsWith("2/4 files, 1 with errors or unreadable, 0:20 elapsed, about 0:20 left\r\u001b[K")).toBe(
      true,
    );
  });

  test("nothing at all when stderr is not a terminal", () => {
    let written = "";
    const progress = new Progress({ write: (t: string) => (written += t), isTTY: false }, 4, "zh");
    progress.step(true);
    progress.finish();
    expect(written).toBe("");
    progress.message("一行");
    expect(written).toBe("一行\n");
  });

  test("clock", () => {
    expect([clock(0), clock(75), clock(3725)]).toEqual(["0:00", "1:15", "1:02:05"]);
  });
});

test("results come back into path order, holding only those ahead of the first unfinished file", () => {
  const out: string[] = [];
  const order = new PathOrder<string>((item) => out.push(item));
  order.push(2, "c");
  order.push(1, "b");
  expect(out).toEqual([]);
  expect(order.held).toBe(2);
  order.push(0, "a");
  expect(out).toEqual(["a", "b", "c"]);
  expect(order.held).toBe(0);
});

test("amounts: numbers with their decimals' format; text when a double would change them", () => {
  expect(amountCell("1234.50")).toEqual({ value: 1234.5, numFmt: "#,##0.00" });
  expect(amountCell("-7")).toEqual({ value: -7, numFmt: "#,##0" });
  expect(amountCell("0.045")).toEqual({ value: 0.045, numFmt: "#,##0.000" });
  expect(amountCell("1234567890123456.78")).toEqual({ value: "1234567890123456.78" });
  expect(amountCell("一般公共服务支出")).toEqual({ value: "一般公共服务支出" });
  expect(amountCell(undefined)).toEqual({ value: null });
});

test("the findings go on in a further sheet past the row limit; unreadable files keep their row", async () => {
  const target = path.join(dir, "split.xlsx");
  const writer = await ReportWorkbookFile.open(target, { language: "en", rowsPerSheet: 3 });
  const finding = (cell: string) => ({
    sheet: "S",
    cell,
    severity: "error" as const,
    rule: "sum.total",
    message: "m",
    unit: "元",
    refs: "",
  });
  const counts = { error: 5, warning: 0, info: 0 };
  writer.addFile({ file: path.join(dir, "a.xlsx"), workbook: "a.xlsx", counts, accepted: 0, tables: 1 }, [
    finding("A1"),
    finding("A2"),
    finding("A3"),
    finding("A4"),
    finding("A5"),
  ]);
  writer.addFile(
    {
      file: path.join(dir, "x.xlsx"),
      workbook: "x.xlsx",
      counts: { error: 0, warning: 0, info: 0 },
      accepted: 0,
      tables: 0,
      unreadable: "x.xlsx: damaged",
    },
    undefined,
  );
  await writer.close(["Rule sum.total turned off by budget-check.config.json"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  expect(wb.worksheets.map((ws) => [ws.name, ws.rowCount])).toEqual([
    ["Summary", 3],
    ["Findings", 4],
    ["Findings (2)", 3],
    ["Notes", 2],
  ]);
  const cells = (ws: ExcelJS.Worksheet) =>
    ws
      .getColumn(3)
      .values.slice(2)
      .map((v) => (v as ExcelJS.CellHyperlinkValue).text);
  expect(cells(wb.getWorksheet("Findings")!)).toEqual(["A1", "A2", "A3"]);
  expect(cells(wb.getWorksheet("Findings (2)")!)).toEqual(["A4", "A5"]);
  expect(wb.getWorksheet("Summary")!.getCell("I3").value).toBe("x.xlsx: damaged");
  expect(await fs.readdir(dir)).not.toContainEqual(expect.stringMatching(/partial/));
});

test("--fail-on warning: warnings count for the exit status", async () => {
  // 1 元 over 200 + 100: within the rounding bound, a warning.
  const file = await writeSmallBudgetWorkbook(path.join(dir, "warn.xlsx"), 301);
  const plain = await runCli(["--format", "json", file]);
  expect((JSON.parse(plain.stdout) as { summary: { error: number; warning: number } }).summary).toMatchObject({
    error: 0,
  });
  expect(plain.code).toBe(0);
  expect((await runCli(["--fail-on", "warning", file])).code).toBe(1);
});

test("a full pipe holds the run back: the next file waits for the output's drain event", async () => {
  const { main } = await import("../../src/cli/main");
  const folder = path.join(dir, "drain");
  for (const name of ["a", "b", "c"]) {
    await fs.mkdir(folder, { recursive: true });
    await fs.copyFile(
      path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx"),
      path.join(folder, `${name}.xlsx`),
    );
  }
  const events: string[] = [];
  const code = await main(["--jobs", "1", "--format", "ndjson", folder], {
    stdout: {
      write: (t: string) => {
        events.push(`write ${(JSON.parse(t) as { kind: string }).kind}`);
        return false; // always full
      },
      once: (_event: "drain", listener: () => void) => {
        events.push("wait");
        setTimeout(listener, 5);
      },
    },
    stderr: { write: () => true },
    env: {},
  });
  expect(code).toBe(1);
  expect(events).toEqual(["write report", "wait", "write report", "wait", "write report", "write summary"]);
});
