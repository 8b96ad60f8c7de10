/** Checks 4, 7 and 9: 三公 sums, the same quantity in two tables (元 ↔ 万元), 三公 limits on the 基本支出表. */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const sangong = sheet("三公", [
  ["2024年一般公共预算“三公”经费预算表"],
  [null, null, null, null, null, "单位：万元"],
  ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
  [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
  [11, 0, 9, 0, 9, 2],
]);

const general = sheet("一般公共预算", [
  ["2024年一般公共预算支出预算表"],
  [null, null, null, null, null, null, "单位：万元"],
  ["科目编码", "科目名称", "合计", "基本支出", null, "项目支出"],
  [null, null, null, "人员经费", "公用经费", null],
  [null, "合计", 30, 20, 0, 10],
  ["2013101", "行政运行", 20, 20, 0, 0],
  ["2013102", "一般行政管理事务", 10, 0, 0, 10],
]);

// The same basic expenditure in 元 (0 decimals).
const basic = sheet(
  "基本支出",
  [
    ["2024年一般公共预算基本支出表"],
    [null, null, null, "单位：元"],
    ["部门预算支出经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    [null, "合计", 200000, 200000, 0],
    ["30101", "基本工资", 200000, 200000, 0],
  ],
  "#,##0",
);

const only = (rules: string[]) => (f: Finding) => rules.includes(f.rule);

describe("sangong.sum", () => {
  test("consistent: nothing", () => {
    expect(checkWorkbook(workbook(sangong)).findings.filter(only(["sangong.sum"]))).toEqual([]);
  });
  test("合计 A5 off by 1 is an error at A5", () => {
    expect(checkWorkbook(workbook(withCell(sangong, "A5", 12))).findings.filter(only(["sangong.sum"]))).toEqual([
      {
        rule: "sangong.sum",
        severity: "error",
        sheet: "三公",
        cell: "A5",
        expected: "11.00",
        actual: "12.00",
        difference: "1.00",
        bound: "0.02",
        verdict: "off",
        table: "sangong",
        refs: [
          { sheet: "三公", cell: "C5" },
          { sheet: "三公", cell: "F5" },
        ],
        params: {
          parts: "3",
          totalRole: "total",
          partRoles: "abroad + car + reception",
        },
      },
    ]);
  });
});

describe("cross.same-quantity between 万元 and 元 tables", () => {
  test("20.00 万元 = 200000 元: nothing", () => {
    expect(checkWorkbook(workbook(general, basic)).findings.filter(only(["cross.same-quantity"]))).toEqual([]);
  });
  // The grid prints 人员经费 and 公用经费 under a 基本支出 heading without a 小计 column: only 人员经费 is compared.
  test("200100 元 ≠ 20.00 万元 once rounded to 0.01 万元: an error at the aggregated table's cell", () => {
    let changed = withCell(basic, "C4", 200100);
    changed = {
      ...changed,
      numberFormats: changed.values.map((r) => r.map((v) => (typeof v === "number" ? "#,##0" : null))),
    };
    changed = withCell(changed, "C5", 200100);
    changed = withCell(changed, "D4", 200100);
    changed = withCell(changed, "D5", 200100);
    changed = {
      ...changed,
      numberFormats: changed.values.map((r) => r.map((v) => (typeof v === "number" ? "#,##0" : null))),
    };
    const found = checkWorkbook(workbook(general, changed)).findings.filter(only(["cross.same-quantity"]));
    expect(found).toEqual([
      expect.objectContaining({
        rule: "cross.same-quantity",
        severity: "error",
        sheet: "一般公共预算",
        cell: "D5",
        expected: "20.01",
        actual: "20.00",
        difference: "-0.01",
        refs: [{ sheet: "基本支出", cell: "D4" }],
        params: expect.objectContaining({ pair: "general-budget-personnel-costs" }),
      }),
    ]);
  });
});

describe("cross.sangong-limit", () => {
  const withCar = (amount: number) =>
    sheet("基本支出", [
      ["2024年一般公共预算基本支出表"],
      [null, null, null, "单位：万元"],
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
      [null, "合计", amount, 0, amount],
      ["30231", "公务用车运行维护费", amount, 0, amount],
    ]);
  test("基本支出 30231 ≤ 三公 公务用车运行费: nothing, equality included", () => {
    expect(checkWorkbook(workbook(sangong, withCar(9))).findings.filter(only(["cross.sangong-limit"]))).toEqual([]);
  });
  test("30231 above the 三公 figure is an error at the 基本支出表 cell", () => {
    expect(checkWorkbook(workbook(sangong, withCar(9.5))).findings.filter(only(["cross.sangong-limit"]))).toEqual([
      {
        rule: "cross.sangong-limit",
        severity: "error",
        sheet: "基本支出",
        cell: "C5",
        expected: "9.00",
        actual: "9.50",
        difference: "0.50",
        table: "basic-expense",
        refs: [{ sheet: "三公", cell: "E5" }],
        params: { label: "30231 公务用车运行维护费", sangongRole: "car-running" },
      },
    ]);
  });
});
