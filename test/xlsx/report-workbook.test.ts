/**
 * The one report workbook writer (src/host/xlsx/report): what it writes, read back with ExcelJS, and the proof that
 * the command line's streamed file and the page's in-memory download are the same workbook.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { bodyName, check } from "../../src/core";
import { xlsxDownload, readXlsxBytes } from "../../src/host/browser";
import {
  pathLink,
  ReportWorkbookWriter,
  reportWorkbookBytes,
  type FindingRow,
  type ReportedWorkbook,
} from "../../src/host/xlsx/report";
import { runCli } from "../cli/run-cli";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-report-workbook-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Every cell of every sheet as ExcelJS reads it: value, number format, font, fill, alignment. */
function cells(workbook: ExcelJS.Workbook) {
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) =>
        rows.push([r, c, cell.value, cell.numFmt, cell.font, cell.fill, cell.alignment]),
      ),
    );
    return {
      name: sheet.name,
      views: sheet.views,
      autoFilter: sheet.autoFilter,
      columns: sheet.columns.map((c) => c.width),
      rows,
    };
  });
}

const counts = (error: number, warning = 0, info = 0) => ({ error, warning, info });

const finding = (over: Partial<FindingRow>): FindingRow => ({
  sheet: "部门支出预算表",
  cell: "F7",
  severity: "error",
  rule: "sum.total",
  message: "合计不等于分项之和",
  unit: "万元",
  refs: "",
  ...over,
});

describe("the writer, read back with ExcelJS", () => {
  const checked: ReportedWorkbook = {
    file: "送审/教育 局.xlsx",
    workbook: "教育 局.xlsx",
    body: "某某区教育局",
    year: 2025,
    counts: counts(1, 0, 0),
    accepted: 1,
    tables: 9,
  };
  const unreadable: ReportedWorkbook = {
    file: "x.xlsx",
    workbook: "x.xlsx",
    counts: counts(0),
    accepted: 0,
    tables: 0,
    unreadable: "x.xlsx: damaged",
  };
  const findings: FindingRow[] = [
    finding({ expected: "1234.50", actual: "-7", difference: "1241.50", bound: "0.045", refs: "'部门支出预算表'!F8" }),
    finding({ cell: "G9", severity: "warning", message: "m", accepted: "已说明：口径不同", unit: "" }),
    // A control character, an Excel escape look-alike, a carriage return, and far more than a cell can hold.
    finding({ cell: "H10", message: `a\u0001b _x0041_ c\r\nd ${"长".repeat(40_000)}`, actual: "1234567890123456.78" }),
  ];
  let workbook: ExcelJS.Workbook;
  let parts: Record<string, Uint8Array>;

  beforeAll(async () => {
    const chunks: Uint8Array[] = [];
    // An asynchronous sink that takes its time: the chunks still arrive whole and in order.
    const writer = new ReportWorkbookWriter(
      async (chunk) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        chunks.push(chunk.slice());
      },
      { language: "en", link: pathLink, date: new Date(Date.UTC(2026, 11, 7, 4, 0, 0)) },
    );
    writer.addFile(checked, findings);
    writer.addFile(unreadable, undefined);
    await writer.close(["Rule sum.total turned off by budget-check.config.json"]);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    parts = unzipSync(bytes);
    workbook = await load(bytes);
  });

  test("three tabs: summary, findings, notes; stamped as ours", () => {
    expect(workbook.worksheets.map((ws) => [ws.name, ws.rowCount])).toEqual([
      ["Summary", 3],
      ["Findings", 4],
      ["Notes", 2],
    ]);
    expect([workbook.creator, workbook.lastModifiedBy]).toEqual(["budget-check", "budget-check"]);
    expect(workbook.created.toISOString()).toBe("2026-12-07T04:00:00.000Z");
  });

  test("every sheet: bold header, frozen under it, filters over the rows, column widths", () => {
    const findingsSheet = workbook.getWorksheet("Findings")!;
    expect(findingsSheet.getRow(1).values).toEqual([
      undefined,
      "Workbook",
      "Sheet",
      "Cell",
      "Severity",
      "Rule",
      "Message",
      "Unit",
      "Expected",
      "Actual",
      "Difference",
      "Rounding bound",
      "Other cells",
    ]);
    expect(findingsSheet.getCell("F1").font.bold).toBe(true);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(findingsSheet.autoFilter).toBe("A1:L4");
    expect(workbook.getWorksheet("Summary")!.autoFilter).toBe("A1:J3");
    expect(findingsSheet.getColumn(6).width).toBe(60);
  });

  test("a finding: amounts as numbers in their decimals' format, severity coloured, message wrapped, cell linked", () => {
    const sheet = workbook.getWorksheet("Findings")!;
    expect(sheet.getCell("C2").value).toEqual({ text: "F7", hyperlink: "送审/教育%20局.xlsx#'部门支出预算表'!F7" });
    expect(sheet.getCell("C2").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(sheet.getCell("D2").value).toBe("error");
    expect(sheet.getCell("D2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("D2").font.color).toEqual({ argb: "FF9C0006" });
    expect(sheet.getCell("F2").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("G2").value).toBe("万元");
    expect(["H2", "I2", "J2", "K2"].map((a) => [sheet.getCell(a).value, sheet.getCell(a).numFmt])).toEqual([
      [1234.5, "#,##0.00"],
      [-7, "#,##0"],
      [1241.5, "#,##0.00"],
      [0.045, "#,##0.000"],
    ]);
    expect(sheet.getCell("L2").value).toBe("'部门支出预算表'!F8");
  });

  test("an accepted finding: 'accepted' in Excel's Good colours, the reason under the message", () => {
    const sheet = workbook.getWorksheet("Findings")!;
    expect(sheet.getCell("D3").value).toBe("accepted");
    expect(sheet.getCell("D3").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(sheet.getCell("F3").value).toBe("m\n已说明：口径不同");
    expect(sheet.getCell("G3").value).toBeNull(); // no unit: an empty cell
    expect(sheet.getCell("H3").value).toBeNull();
  });

  test("text: XML-illegal characters dropped, a carriage return kept, cut to Excel's 32,767 characters", () => {
    // Excel (and LibreOffice) read "_x0041_" in cell text as "A", so the writer escapes a literal one's underscore
    // as "_x005F_"; ExcelJS does not decode it, so it is decoded here as Excel does before measuring.
    expect(strFromU8(parts["xl/worksheets/sheet2.xml"]!)).toContain("ab _x005F_x0041_ c&#13;\nd");
    const shown = String(workbook.getWorksheet("Findings")!.getCell("F4").value).replace(/_x005F_/g, "_");
    expect(shown.startsWith("ab _x0041_ c\r\nd 长长")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(32_767);
    expect(shown.length).toBeGreaterThan(32_700);
    expect(/^[^…]+…\[\+\d+\]…长+$/.test(shown)).toBe(true); // cut in the middle
    // An amount a double cannot hold exactly stays text.
    expect(workbook.getWorksheet("Findings")!.getCell("I4").value).toBe("1234567890123456.78");
  });

  test("the summary: body, year, counts, accepted, status, the link to the file; an unreadable file keeps its row", () => {
    const sheet = workbook.getWorksheet("Summary")!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      "教育 局.xlsx",
      "某某区教育局",
      2025,
      1,
      0,
      0,
      1,
      9,
      "checked",
      { text: "送审/教育%20局.xlsx", hyperlink: "送审/教育%20局.xlsx" },
    ]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      "x.xlsx",
      undefined,
      undefined,
      0,
      0,
      0,
      0,
      0,
      "x.xlsx: damaged",
      { text: "x.xlsx", hyperlink: "x.xlsx" },
    ]);
    expect(sheet.getCell("I3").font.color).toEqual({ argb: "FF9C0006" });
    expect(workbook.getWorksheet("Notes")!.getCell("A2").value).toBe(
      "Rule sum.total turned off by budget-check.config.json",
    );
  });
});

test("findings rows reach the sink as they are added, long before the report is closed", async () => {
  let received = 0;
  const writer = new ReportWorkbookWriter((chunk) => void (received += chunk.length), {
    language: "zh",
    link: pathLink,
  });
  const rows = Array.from({ length: 5_000 }, (_, i) => finding({ cell: `F${i + 1}`, expected: `${i}.25` }));
  writer.addFile({ file: "a.xlsx", workbook: "a.xlsx", counts: counts(rows.length), accepted: 0, tables: 1 }, rows);
  const beforeClose = received;
  await writer.close();
  expect(beforeClose).toBeGreaterThan(received / 2);
});

test("a sink that fails fails the report: close() rejects with its error", async () => {
  let calls = 0;
  const writer = new ReportWorkbookWriter(
    () => {
      if (++calls === 2) throw new Error("disk full");
    },
    { language: "zh", link: pathLink },
  );
  writer.addFile({ file: "a.xlsx", workbook: "a.xlsx", counts: counts(1), accepted: 0, tables: 1 }, [finding({})]);
  await expect(writer.close()).rejects.toThrow("disk full");
});

test("links of a split findings sheet stay with their rows", async () => {
  const rows = ["A1", "A2", "A3", "A4", "A5"].map((cell) => finding({ cell, sheet: "S" }));
  const bytes = await reportWorkbookBytes(
    [{ workbook: { file: "b.xlsx", workbook: "b.xlsx", counts: counts(5), accepted: 0, tables: 1 }, findings: rows }],
    { language: "zh", link: pathLink, rowsPerSheet: 2 },
  );
  const workbook = await load(bytes);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单", "问题清单 (2)", "问题清单 (3)"]);
  const links = workbook.worksheets.slice(1).map((ws) =>
    ws
      .getColumn(3)
      .values.slice(2)
      .map((v) => (v as ExcelJS.CellHyperlinkValue).hyperlink),
  );
  expect(links).toEqual([["b.xlsx#'S'!A1", "b.xlsx#'S'!A2"], ["b.xlsx#'S'!A3", "b.xlsx#'S'!A4"], ["b.xlsx#'S'!A5"]]);
});

test("the command line's report file and the page's download for the same workbook are the same workbook", async () => {
  const file = path.join(dir, "fengquan-2024.xlsx");
  await fs.copyFile(SAMPLE, file);
  // The command line streams its report to a file; --report-dir names it as the page names its download.
  const run = await runCli(["--lang", "zh", "--report-dir", dir, file]);
  expect(run.code).toBe(1);
  const fromCli = new Uint8Array(await fs.readFile(path.join(dir, "fengquan-2024.budget-check.xlsx")));

  // The page: the same bytes read in memory, checked, and the download built in memory.
  const bytes = await fs.readFile(SAMPLE);
  const read = await readXlsxBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    "fengquan-2024.xlsx",
  );
  if (!read.ok) throw new Error("the sample does not read");
  const checked = check(read.snapshot);
  const download = await xlsxDownload(checked.report("zh"), "zh", {
    ...(bodyName(read.snapshot) !== undefined && { body: bodyName(read.snapshot)! }),
    year: checked.result.year,
  });
  expect(download.name).toBe("fengquan-2024.budget-check.xlsx");
  const fromPage = download.bytes as Uint8Array;

  // Part by part the same bytes; only the time written differs.
  const cliParts = unzipSync(fromCli);
  const pageParts = unzipSync(fromPage);
  expect(Object.keys(pageParts)).toEqual(Object.keys(cliParts));
  const undated = (part: Uint8Array) => strFromU8(part).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "DATE");
  for (const name of Object.keys(cliParts))
    expect([name, undated(pageParts[name]!)]).toEqual([name, undated(cliParts[name]!)]);

  // And as a spreadsheet reads them: the same sheets, cells and styles; the summary names the body and the year.
  const [cliBook, pageBook] = [await load(fromCli), await load(fromPage)];
  expect(cells(pageBook)).toEqual(cells(cliBook));
  expect(cliBook.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单"]);
  expect((cliBook.getWorksheet("汇总")!.getRow(2).values as unknown[]).slice(1, 3)).toEqual([
    "fengquan-2024.xlsx",
    "中共新乡市凤泉区委员会办公室",
  ]);
  expect(cliBook.getWorksheet("问题清单")!.rowCount).toBe(checked.report("zh").findings.length + 1);
});
