/**
 * A 财政拨款收支总表 whose expense side has a "一、本年支出" heading over unnumbered class lines: the lines are the
 * heading's sub-items, so 支出总计 = 本年支出 + 年终结转结余 (not the heading and its lines added together).
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const fiscal = sheet("财政拨款", [
  ["2024年部门财政拨款收支预算总表"],
  ["编制部门：某局", null, null, null, null, null, "单位：万元"],
  ["收入", null, "支出", null, null, null, null],
  ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金", "国有资本经营预算"],
  ["一、本年收入", 1000, "一、本年支出", 1000, 900, 100, 0],
  ["（一）一般公共预算资金", 900, "一般公共服务支出", 700, 700, 0, 0],
  ["（二）政府性基金", 100, "社会保障和就业支出", 200, 200, 0, 0],
  ["（三）国有资本经营预算", 0, "其他支出", 100, 0, 100, 0],
  ["二、上年结转", 0, "年终结转结余", 0, 0, 0, 0],
  ["收入总计", 1000, "支出总计", 1000, 900, 100, 0],
]);

const summary = (s = fiscal) =>
  checkWorkbook(workbook(s))
    .findings.filter((f: Finding) => f.rule.startsWith("summary.") || f.rule === "sum.total")
    .map((f) => ({ rule: f.rule, cell: f.cell, expected: f.expected, actual: f.actual }));

describe("一、本年支出 over unnumbered class lines", () => {
  test("consistent: no summary or sum finding", () => {
    expect(summary()).toEqual([]);
  });

  test("a class line off by 10 (D7 = 210): the heading D5 ≠ its lines, reported once at the heading", () => {
    expect(summary(withCell(fiscal, "D7", 210))).toEqual([
      { rule: "summary.heading", cell: "D5", expected: "1010.00", actual: "1000.00" },
    ]);
  });

  test("年终结转结余 D9 = 5 is not a sub-item: 支出总计 D10 ≠ 本年支出 + 年终结转结余", () => {
    expect(summary(withCell(fiscal, "D9", 5))).toEqual([
      { rule: "summary.balance", cell: "D10", expected: "1005.00", actual: "1000.00" },
    ]);
  });
});
