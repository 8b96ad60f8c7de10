import { readCellTexts, readSheetNames, readSheetValues } from "../../src/host/excel/read-cells";
import { fakeWorkbook, openInFakeExcel } from "./fake-excel";

const book = () =>
  fakeWorkbook("b.xlsx", [
    { name: "情况说明", cells: { A2: "一般公共服务支出（类）938.99万元。", A3: 12 } },
    { name: "支出表", cells: { B2: 12, C3: "x" } },
    { name: "校验报告", cells: { A1: "报告" } },
  ]);

describe("the pane's reads inside Excel", () => {
  it("reads the text of the narrative cells in one round trip, as the cells write it", async () => {
    const fake = openInFakeExcel(book());
    const sync = jest.spyOn(fake.context, "sync");
    const texts = await readCellTexts(fake.context, [
      { sheet: "情况说明", cell: "A2" },
      { sheet: "情况说明", cell: "A3" },
    ]);
    expect([...texts]).toEqual([["情况说明!A2", "一般公共服务支出（类）938.99万元。"]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("lists the sheets in order without the report sheet, in one round trip", async () => {
    const fake = openInFakeExcel(book());
    const sync = jest.spyOn(fake.context, "sync");
    await expect(readSheetNames(fake.context)).resolves.toEqual(["情况说明", "支出表"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  // The fake Excel has no getBoundingRect, so reading a present sheet is not exercised here.
  it("reads nothing, in one round trip, for a sheet that is gone", async () => {
    const fake = openInFakeExcel(book());
    const sync = jest.spyOn(fake.context, "sync");
    await expect(readSheetValues(fake.context, "改名了")).resolves.toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
