/** A table continued on another sheet (续表) is summed as one table, whatever the order of the sheets. */
import { checkWorkbook } from "../../src/core/engine";
import { sheet, workbook } from "../helpers/grid";

const first = sheet("支出1", [
  ["2024年部门支出预算表"],
  [null, null, "单位：万元"],
  ["科目编码", "科目名称", "合计"],
  [null, "合计", 31],
  ["2013101", "行政运行", 20],
]);
const second = sheet("支出2", [
  ["2024年部门支出预算表（续）"],
  [null, null, "单位：万元"],
  ["科目编码", "科目名称", "合计"],
  ["2013102", "一般行政管理事务", 10],
]);

describe("续表", () => {
  test.each([
    ["primary first", [first, second]],
    ["continuation first", [second, first]],
  ])("%s: 合计 is judged against the rows of both sheets", (_name, sheets) => {
    const sums = checkWorkbook(workbook(...sheets)).findings.filter((f) => f.rule === "sum.total");
    expect(sums).toEqual([
      {
        rule: "sum.total",
        severity: "error",
        sheet: "支出1",
        cell: "C4",
        expected: "30.00",
        actual: "31.00",
        difference: "1.00",
        bound: "0.015",
        verdict: "off",
        table: "expense",
        refs: [
          { sheet: "支出1", cell: "C5" },
          { sheet: "支出2", cell: "C4" },
        ],
        params: { parts: "2", label: "合计", column: "合计" },
      },
    ]);
  });

  test("both sheets are listed as recognised tables", () => {
    expect(checkWorkbook(workbook(second, first)).tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["支出1", "expense"],
      ["支出2", "expense"],
    ]);
  });
});
