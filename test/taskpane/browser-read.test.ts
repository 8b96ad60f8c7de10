import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readXlsxBytes } from "../../src/host/browser";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/host/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

function arrayBufferOf(file: string): ArrayBuffer {
  const bytes = fs.readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("browser mode reading", () => {
  it("reads the sample into the same snapshot as the command line's file reader", async () => {
    const cli = await readWorkbookFile(SAMPLE);
    const page = await readXlsxBytes(arrayBufferOf(SAMPLE), "fengquan-2024.xlsx");
    expect(cli.ok && page.ok).toBe(true);
    if (!cli.ok || !page.ok) return;
    expect(page.snapshot).toEqual(cli.snapshot);
    expect(page.snapshot.sheets.map((s) => s.name)).toContain("部门支出预算表");
  });

  it("reads hyperlinks, rich text, formulas and conditional formats as the command line does", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("支出表");
    sheet.getCell("A1").value = { text: "见说明", hyperlink: "#'说明'!A1" };
    sheet.getCell("A2").value = { richText: [{ text: "合" }, { text: "计", font: { bold: true } }] };
    sheet.getCell("B2").value = { formula: "SUM(B3:B4)", result: 3 };
    sheet.getCell("B3").value = 1;
    sheet.getCell("B4").value = "2.00";
    sheet.addConditionalFormatting({
      ref: "B3:B4",
      rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["1"], priority: 1, style: {} }],
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const cli = await readWorkbookBuffer(bytes, "混合.xlsx");
    const page = await readXlsxBytes(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      "混合.xlsx",
    );
    expect(cli.ok && page.ok).toBe(true);
    if (cli.ok && page.ok) expect(page.snapshot).toEqual(cli.snapshot);
  });

  it.each([
    ["budget.xls", "legacy-workbook"],
    ["budget.et", "legacy-workbook"],
    ["disclosure.pdf", "pdf"],
    ["table.csv", "unsupported"],
  ])("refuses %s with a hint, without reading it", async (name, kind) => {
    const outcome = await readXlsxBytes(new ArrayBuffer(8), name);
    expect(outcome).toEqual({ ok: false, problem: { kind, file: name } });
  });

  it("reports bytes that are not a zip as a damaged workbook", async () => {
    const outcome = await readXlsxBytes(
      new TextEncoder().encode("hello, not a workbook").buffer as ArrayBuffer,
      "fake.xlsx",
    );
    expect(outcome).toEqual({
      ok: false,
      problem: { kind: "corrupt", file: "fake.xlsx", detail: "not a zip archive" },
    });
  });

  it("reports a truncated workbook as damaged instead of throwing", async () => {
    const truncated = arrayBufferOf(SAMPLE).slice(0, 4000);
    const outcome = await readXlsxBytes(truncated, "cut.xlsx");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.kind).toBe("corrupt");
  });
});
