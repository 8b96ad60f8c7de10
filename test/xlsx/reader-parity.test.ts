/**
 * The new reader (src/host/xlsx/reader) gives the snapshot the ExcelJS reader it replaces gave (kept as
 * test/helpers/exceljs-reader): on the bundled sample, on every corpus workbook (../shared/corpus, skipped when
 * absent), on the generated test workbooks (test/workbooks) and on a workbook made here with every cell kind.
 * One documented difference is allowed: ExcelJS turns date-formatted numbers into Dates rounded to the
 * millisecond, the new reader keeps the stored number, so those compare within a millisecond.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookBytes } from "../../src/host/xlsx/reader";
import { readWithExcelJs } from "../helpers/exceljs-reader";
import { LAYOUTS, injectedErrors } from "../workbooks/injected-errors";
import { patched, toWorkbook } from "../workbooks/sheet-spec";

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const CORPUS = path.join(ROOT, "..", "shared", "corpus");
const ONE_MS_IN_DAYS = 1 / 86_400_000;

/** A format that shows a date or a time (ExcelJS's test for turning a number into a Date, written for this test). */
function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** The sheets with date-formatted numbers taken from the old reader where they agree to a millisecond. */
function alignDates(mine: SheetSnapshot, old: SheetSnapshot): SheetSnapshot {
  const values = old.values.map((row, r) =>
    row.map((v, c) => {
      const own = mine.values[r]?.[c];
      const dated = isDateFormat(old.numberFormats?.[r]?.[c]);
      return dated && typeof v === "number" && typeof own === "number" && Math.abs(v - own) < ONE_MS_IN_DAYS ? own : v;
    }),
  );
  return { ...old, values };
}

async function expectSameSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const mine = readWorkbookBytes(bytes, name);
  if (!mine.ok) throw new Error(`${name}: ${mine.problem.kind}`);
  const old = await readWithExcelJs(bytes, name);
  const { customXmlParts: _parts, ...withoutParts } = mine.snapshot;
  expect(withoutParts).toEqual({ ...old, sheets: old.sheets.map((s, i) => alignDates(mine.snapshot.sheets[i]!, s)) });
  return mine.snapshot;
}

test("the bundled sample", async () => {
  const snapshot = await expectSameSnapshot(new Uint8Array(readFileSync(SAMPLE)), "fengquan-2024.xlsx");
  expect(snapshot.sheets.length).toBeGreaterThan(5);
});

const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(path.join(CORPUS, d.name))
          .filter((f) => f.endsWith(".xlsx"))
          .map((f) => path.join(CORPUS, d.name, f)),
      )
  : [];
const corpusTest = corpusFiles.length > 0 ? test.each(corpusFiles) : test.skip.each([["(../shared/corpus absent)"]]);
corpusTest("corpus workbook %s", async (file) => {
  await expectSameSnapshot(new Uint8Array(readFileSync(file)), path.basename(file));
});

const writeBytes = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

describe("generated test workbooks", () => {
  test.each(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[])("%s layout", async (layout) => {
    await expectSameSnapshot(await writeBytes(toWorkbook(LAYOUTS[layout]())), `${layout}.xlsx`);
  });

  test.each(injectedErrors().map((e) => [e.id, e] as const))("injected error %s", async (id, injected) => {
    await expectSameSnapshot(
      await writeBytes(toWorkbook(patched(LAYOUTS[injected.layout](), injected.patches))),
      `${id}.xlsx`,
    );
  });

  test.each([false, true])("scripts/generate-large-workbook.js, amounts as text: %s", async (amountsAsText) => {
    const { generateLargeWorkbook } = require("../../scripts/generate-large-workbook.js") as {
      generateLargeWorkbook(o: { items: number; amountsAsText: boolean; file: string }): Promise<unknown>;
    };
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-parity-"));
    try {
      const file = path.join(dir, "large.xlsx");
      await generateLargeWorkbook({ items: 300, amountsAsText, file });
      await expectSameSnapshot(new Uint8Array(await fs.readFile(file)), "large.xlsx");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

/** Every kind of cell and sheet ExcelJS writes, so the two readers are compared on each. */
function everyCellKind(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("各种单元格");
  ws.getCell("A1").value = '文本 & <标记> "引号"';
  ws.getCell("B1").value = "  前后空格 ";
  ws.getCell("C1").value = "两行\n文本";
  ws.getCell("A2").value = 1261.66;
  ws.getCell("A2").numFmt = "#,##0.00";
  ws.getCell("B2").value = -0.125;
  ws.getCell("B2").numFmt = "0.00%";
  ws.getCell("C2").value = 42;
  ws.getCell("C2").numFmt = "0"; // a built-in format (id 1)
  ws.getCell("D2").value = 1234.5;
  ws.getCell("D2").numFmt = '"¥"#,##0.00;[Red]-"¥"#,##0.00';
  ws.getCell("A3").value = true;
  ws.getCell("B3").value = false;
  ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("D3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("A4").value = { richText: [{ text: "一般公共", font: { bold: true } }, { text: "服务支出" }] };
  ws.getCell("B4").value = { text: "链接", hyperlink: "https://example.invalid/" };
  ws.getCell("A5").value = { formula: "SUM(A2,C2)", result: 1303.66 };
  ws.getCell("B5").value = { formula: 'IF(A3,"是","否")', result: "是" };
  ws.getCell("C5").value = { formula: "A3", result: true };
  ws.getCell("D5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("E5").value = { formula: "A2*2" } as ExcelJS.CellFormulaValue; // no cached result
  ws.fillFormula("A6:C6", "A2+$A$2", [2523.32, 1261.535, 1303.66]);
  ws.fillFormula("E1:E4", "Sheet2!B1*2", [2, 4, 6, 8]);
  ws.getCell("F1").value = {
    formula: "A2:A3*2",
    result: 2523.32,
    shareType: "array",
    ref: "F1:F2",
  } as ExcelJS.CellValue;
  ws.getCell("A7").value = new Date(Date.UTC(2024, 0, 1, 6));
  ws.getCell("A7").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("B7").value = 45292.123456789; // a date-time that ExcelJS rounds to the millisecond
  ws.getCell("B7").numFmt = "hh:mm:ss";
  // Merged areas: over filled cells, over a styled blank, over rows and columns that have their own format.
  ws.getCell("A10").value = "合并";
  ws.getCell("B10").value = "被合并的值";
  ws.mergeCells("A10:C11");
  ws.getCell("B12").numFmt = "0.0";
  ws.mergeCells("A12:C12");
  ws.getRow(14).numFmt = "0.000";
  ws.getCell("A14").value = 1;
  ws.mergeCells("A14:B15");
  ws.getColumn(8).numFmt = "0.0000";
  ws.getCell("G20").value = 2;
  ws.mergeCells("G20:H21");
  ws.getCell("J30").value = "远处的单元格";
  wb.addWorksheet("Sheet2").getCell("B1").value = 1;
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "隐藏的表";
  wb.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("B2").value = 3;
  wb.addWorksheet("空表");
  return wb;
}

test("a workbook with every cell kind ExcelJS writes", async () => {
  const snapshot = await expectSameSnapshot(await writeBytes(everyCellKind()), "every-kind.xlsx");
  // The comparison above must have covered what it claims: formulas, shared formulas, merges and hidden sheets.
  const sheet = snapshot.sheets[0]!;
  expect(sheet.formulas?.[5]).toEqual(["=A2+$A$2", "=B2+$A$2", "=C2+$A$2"]);
  expect(sheet.merges).toHaveLength(4);
  expect(snapshot.sheets.map((s) => s.hidden ?? false)).toEqual([false, false, true, true, false]);
});

test("a 1904-date workbook", async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("日期");
  ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell("A1").numFmt = "yyyy-mm-dd";
  ws.getCell("A2").value = 100;
  const snapshot = await expectSameSnapshot(await writeBytes(wb), "1904.xlsx");
  expect(snapshot.sheets[0]!.values).toEqual([[45292 - 1462], [100]]);
});
