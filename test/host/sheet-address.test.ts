import { parseSheetRanges, sheetCellReference } from "../../src/host/excel/sheet-address";

describe("parseSheetRanges", () => {
  it.each([
    ["Sheet1!B2:D5", [{ sheet: "Sheet1", range: { top: 1, left: 1, bottom: 4, right: 3 } }]],
    ["部门收支总表!A1", [{ sheet: "部门收支总表", range: { top: 0, left: 0, bottom: 0, right: 0 } }]],
    ["'O''Neil, 表'!$C$3:$D$4", [{ sheet: "O'Neil, 表", range: { top: 2, left: 2, bottom: 3, right: 3 } }]],
    [
      "S!A1:C1, S!A3:B4",
      [
        { sheet: "S", range: { top: 0, left: 0, bottom: 0, right: 2 } },
        { sheet: "S", range: { top: 2, left: 0, bottom: 3, right: 1 } },
      ],
    ],
    ["F6", [{ sheet: undefined, range: { top: 5, left: 5, bottom: 5, right: 5 } }]],
    ["", []],
  ])("%s", (address, expected) => {
    expect(parseSheetRanges(address)).toEqual(expected);
  });
});

describe("sheetCellReference", () => {
  it.each([
    ["部门支出预算表", "F6", "'部门支出预算表'!F6"],
    ["O'Neil", "A1", "'O''Neil'!A1"],
  ])("%s %s → %s", (sheet, cell, expected) => {
    expect(sheetCellReference(sheet, cell)).toBe(expected);
  });
});
