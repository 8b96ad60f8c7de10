import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/host/xlsx/read-workbook";

/** A workbook made here, cell by cell, so every expected value below is written by hand. */
async function sampleBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("部门支出预算表");
  ws.getCell("A1").value = "2024 年部门支出预算表";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = 1261.66;
  ws.getCell("A2").numFmt = "#,##0.00";
  ws.getCell("B2").value = "0201";
  ws.getCell("C2").value = true;
  ws.getCell("D2").value = { formula: "A2*2", result: 2523.32 };
  ws.getCell("A3").value = { richText: [{ text: "一般公共", font: { bold: true } }, { text: "服务支出" }] };
  ws.getCell("B3").value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell("B3").numFmt = "yyyy-mm-dd";
  ws.getCell("C3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("D3").value = { text: "链接", hyperlink: "https://example.invalid/" };
  ws.getCell("A5").value = 0.5;
  ws.getCell("A5").numFmt = "0.00%";
  ws.mergeCells("B5:C6");
  ws.getCell("B5").value = "合并";
  ws.getCell("D5").value = { formula: "SUM(A2,A5)" } as ExcelJS.CellFormulaValue;
  const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
  hidden.getCell("B2").value = "x";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readWorkbookBuffer", () => {
  let sheets: Awaited<ReturnType<typeof read>>;
  async function read() {
    const outcome = await readWorkbookBuffer(await sampleBytes(), "test.xlsx");
    if (!outcome.ok) throw new Error(`unexpected read problem ${outcome.problem.kind}`);
    expect(outcome.snapshot.name).toBe("test.xlsx");
    return outcome.snapshot.sheets;
  }
  beforeAll(async () => {
    sheets = await read();
  });

  test("keeps sheet order and names, flags the hidden sheet", () => {
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["部门支出预算表", false],
      ["隐藏", true],
    ]);
  });

  test("values: numbers, text, booleans, cached formula results, joined rich text, date serials, errors, blanks", () => {
    expect(sheets[0]!.values).toEqual([
      ["2024 年部门支出预算表", null, null, null],
      [1261.66, "0201", true, 2523.32],
      ["一般公共服务支出", 45292, "#DIV/0!", "链接"],
      [],
      [0.5, "合并", null, null],
      [null, null, null],
    ]);
  });

  test("formulas layer carries the formula text where a cell has one", () => {
    const formulas = sheets[0]!.formulas!;
    expect(formulas[1]![3]).toBe("=A2*2");
    expect(formulas[4]![3]).toBe("=SUM(A2,A5)");
    expect(formulas[1]![0]).toBeNull();
  });

  test.each([
    ["A2", 1, 0, "#,##0.00"],
    ["B3", 2, 1, "yyyy-mm-dd"],
    ["A5", 4, 0, "0.00%"],
    ["B2", 1, 1, "General"],
  ])("number format of %s", (_address, row, col, format) => {
    expect(sheets[0]!.numberFormats![row]![col]).toBe(format);
  });

  test("merged areas as 0-based ranges", () => {
    expect(sheets[0]!.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 4, left: 1, bottom: 5, right: 2 },
      ]),
    );
    expect(sheets[0]!.merges).toHaveLength(2);
  });

  test("a sheet without formulas has no formula layer, and no merges", () => {
    expect(sheets[1]!.formulas).toBeUndefined();
    expect(sheets[1]!.merges).toBeUndefined();
    expect(sheets[1]!.values).toEqual([[], [null, "x"]]);
  });

  test("a formula without a cached result reads as blank", async () => {
    expect(sheets[0]!.values[4]![3]).toBeNull();
  });
});

/** CRC-32 (zip's checksum), for the hand-made zip below. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A valid zip holding one stored (uncompressed) file: what another format renamed .xlsx looks like. */
function zipWith(fileName: string, content: string): Buffer {
  const name = Buffer.from(fileName);
  const data = Buffer.from(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe("readWorkbookBuffer problems", () => {
  const oleHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const encrypted = Buffer.concat([
    Buffer.from(oleHeader),
    Buffer.alloc(504),
    Buffer.from("EncryptionInfo", "utf16le"),
  ]);
  const legacy = Buffer.concat([Buffer.from(oleHeader), Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]);
  const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);

  test.each([
    ["budget.xlsx", "an OLE container with EncryptionInfo", "encrypted", encrypted],
    ["budget.xlsx", "an OLE container without it (an .xls renamed)", "legacy-workbook", legacy],
    ["budget.xls", "an OLE container", "legacy-workbook", legacy],
    ["budget.et", "zip bytes", "legacy-workbook", zipHeader],
    ["budget.pdf", "PDF bytes", "pdf", Buffer.from("%PDF-1.7\n")],
    ["budget.xlsx", "PDF bytes", "pdf", Buffer.from("%PDF-1.7\n")],
    ["budget.csv", "text", "unsupported", Buffer.from("a,b\n")],
    ["budget.xlsx", "plain text", "corrupt", Buffer.from("hello, not a workbook")],
    ["budget.xlsx", "a truncated zip", "corrupt", zipHeader],
    ["budget.xlsx", "a zip without a workbook part", "corrupt", zipWith("hello.txt", "not a workbook")],
    ["budget.xlsm", "no bytes", "corrupt", Buffer.alloc(0)],
  ])("%s holding %s → %s", async (name, _what, kind, bytes) => {
    const outcome = await readWorkbookBuffer(bytes, name);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.kind).toBe(kind);
  });
});
