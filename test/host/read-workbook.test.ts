import { readWorkbook, readWorkbookSnapshot } from "../../src/host/excel/read-workbook";
import { supportUpTo, hostSupport } from "../../src/host/excel/requirements";
import { REPORT_SHEET_NAME } from "../../src/host/excel/names";
import { fakeWorkbook, openInFakeExcel, type SheetInput } from "./fake-excel";

const ALL = hostSupport(supportUpTo("1.18")).features;

/** A small budget table placed away from A1, so padding shows. */
function budgetSheet(name: string): SheetInput {
  return {
    name,
    cells: {
      B2: "项目",
      C2: "金额",
      B3: "基本支出",
      C3: { value: 966.7, numberFormat: "#,##0.00" },
      B4: "合计",
      C4: { value: 1261.66, formula: "=SUM(C3:C3)", numberFormat: "#,##0.00" },
    },
  };
}

describe("readWorkbook round trips", () => {
  it.each([1, 30])("reads %i small sheets in three syncs: sheets, used ranges, cells", async (count) => {
    const sheets = Array.from({ length: count }, (_, i) => budgetSheet(`表${i + 1}`));
    const excel = openInFakeExcel(fakeWorkbook("book.xlsx", sheets));
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readWorkbook(excel.context, { features: ALL });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(read.cellSyncs).toBe(1);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  });

  it("splits a read past Office's 5 MB payload into row bands, and stitches them back", async () => {
    // A1:Z3000 is 78,000 cells; at 160 bytes a cell a row is 4,160 bytes, and 80% of 5 MiB (4,194,304 bytes) holds
    // 1,008 rows, so 3,000 rows need 3 cell syncs after the 2 of sheets and used ranges.
    const cells: SheetInput["cells"] = { A1: "项目", Z3000: 7, B1009: "band two", C2017: 3.5 };
    const excel = openInFakeExcel(fakeWorkbook("huge.xlsx", [{ name: "大表", cells }]));
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readWorkbook(excel.context, { features: ALL });
    expect(sync).toHaveBeenCalledTimes(5);
    expect(read.cellSyncs).toBe(3);
    const values = read.snapshot.sheets[0]!.values;
    expect(values).toHaveLength(3000);
    expect(values[0]![0]).toBe("项目");
    expect(values[1008]![1]).toBe("band two");
    expect(values[2016]![2]).toBe(3.5);
    expect(values[2999]![25]).toBe(7);
    expect(read.marks.fills.get("大表")!.fills).toHaveLength(3000);
  });
});

describe("readWorkbookSnapshot", () => {
  it("places the used range at A1 with nulls before it, formats and formulas alongside", async () => {
    const excel = openInFakeExcel(fakeWorkbook("book.xlsx", [budgetSheet("部门支出预算表")]));
    const snapshot = await readWorkbookSnapshot(excel.context, { features: ALL });
    expect(snapshot).toEqual({
      name: "book.xlsx",
      sheets: [
        {
          name: "部门支出预算表",
          values: [
            [null, null, null],
            [null, "项目", "金额"],
            [null, "基本支出", 966.7],
            [null, "合计", 1261.66],
          ],
          numberFormats: [
            [null, null, null],
            [null, "General", "General"],
            [null, "General", "#,##0.00"],
            [null, "General", "#,##0.00"],
          ],
          formulas: [
            [null, null, null],
            [null, null, null],
            [null, null, null],
            [null, null, "=SUM(C3:C3)"],
          ],
        },
      ],
    });
  });

  it("reads merged areas, hidden sheets, quoted sheet names, and leaves out the report sheet", async () => {
    const book = fakeWorkbook("b.xlsx", [
      { name: "O'Neil 表", cells: { A1: "标题", C2: 5 }, merges: ["A1:C1"] },
      { name: "隐藏", cells: { A1: 1 }, visibility: "Hidden" },
      { name: REPORT_SHEET_NAME, cells: { A1: "级别" } },
      { name: "空表" },
    ]);
    const snapshot = await readWorkbookSnapshot(openInFakeExcel(book).context, { features: ALL });
    expect(snapshot.sheets).toEqual([
      {
        name: "O'Neil 表",
        values: [
          ["标题", null, null],
          [null, null, 5],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "General", "General"],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      },
      { name: "隐藏", values: [[1]], numberFormats: [["General"]], hidden: true },
      { name: "空表", values: [[null]], numberFormats: [["General"]] },
    ]);
  });

  it("leaves merges out on a host without ExcelApi 1.13", async () => {
    const book = fakeWorkbook("b.xlsx", [{ name: "S", cells: { A1: "标题", B1: "x" }, merges: ["A1:B1"] }]);
    const snapshot = await readWorkbookSnapshot(openInFakeExcel(book).context, {
      features: hostSupport(supportUpTo("1.12")).features,
    });
    expect(snapshot.sheets[0]).not.toHaveProperty("merges");
  });

  it("knows the active sheet and each note's cell", async () => {
    const book = fakeWorkbook("b.xlsx", [
      { name: "A" },
      { name: "B 表", cells: { C3: 1 }, notes: { C3: "用户的批注" } },
    ]);
    book.active = "B 表";
    const read = await readWorkbook(openInFakeExcel(book).context, { features: ALL });
    expect(read.activeSheet).toBe("B 表");
    expect(read.marks.notes).toEqual(new Map([["B 表", new Map([["C3", "用户的批注"]])]]));
  });
});
