/** Check 7: where all money is 一般公共预算, the 支出表 and the 一般公共预算支出表 state the same totals. */
import { checkWorkbook } from "../../../src/core/engine";
import { sheet, withCell, workbook } from "../../helpers/grid";

const summary = sheet("收支总表", [
  ["2024年部门收支预算表"],
  [null, null, null, "单位：万元"],
  ["收入", null, "支出", null],
  ["项目", "金额", "项目", "金额"],
  ["一、一般公共预算", 30, "一、一般公共服务", 30],
  ["本年收入合计", 30, "本年支出合计", 30],
  ["收入总计", 30, "支出总计", 30],
]);
const table = (name: string, title: string) =>
  sheet(name, [
    [title],
    [null, null, null, null, "单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", 30, 20, 10],
    ["2013101", "行政运行", 20, 20, 0],
    ["2013102", "一般行政管理事务", 10, 0, 10],
  ]);
const expense = table("支出", "2024年部门支出预算表");
const general = table("一般", "2024年一般公共预算支出预算表");
const cross = (...s: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...s)).findings.filter((f) => f.rule === "cross.same-quantity");

test("consistent: nothing", () => {
  expect(cross(summary, expense, general)).toEqual([]);
});

test("the 一般公共预算支出表 project column one cent off: reported at the 支出表 (the more aggregated table)", () => {
  let changed = withCell(general, "E4", 10.01);
  changed = withCell(changed, "C4", 30.01);
  expect(cross(summary, expense, changed)).toEqual([
    expect.objectContaining({
      sheet: "支出",
      cell: "C4",
      expected: "30.01",
      actual: "30.00",
      difference: "-0.01",
      refs: [{ sheet: "一般", cell: "C4" }],
    }),
    expect.objectContaining({
      sheet: "支出",
      cell: "E4",
      expected: "10.01",
      actual: "10.00",
      difference: "-0.01",
      refs: [{ sheet: "一般", cell: "E4" }],
    }),
  ]);
});

test("with money from another source (上年结转结余) the pairs are not compared", () => {
  const withCarry = sheet("收支总表", [
    ["2024年部门收支预算表"],
    [null, null, null, "单位：万元"],
    ["收入", null, "支出", null],
    ["项目", "金额", "项目", "金额"],
    ["一、一般公共预算", 30, "一、一般公共服务", 35],
    ["本年收入合计", 30, "本年支出合计", 35],
    ["上年结转结余", 5, "年终结转结余", null],
    ["收入总计", 35, "支出总计", 35],
  ]);
  expect(cross(withCarry, expense, withCell(general, "E4", 10.01)).filter((f) => f.sheet === "支出")).toEqual([]);
});
