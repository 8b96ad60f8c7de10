/** Check 3 (summary identities, heading rows) and check 8 (fund sources) on small two-sided tables. */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const summary = sheet("收支总表", [
  ["2024年部门收支预算表"],
  [null, null, null, "单位：万元"],
  ["收入", null, "支出", null],
  ["项目", "金额", "项目", "金额"],
  ["一、一般公共预算", 100, "一、一般公共服务", 90],
  ["其中：财政拨款", 100, "二、外交", null],
  ["二、政府性基金预算拨款收入", null, "三、国防", 15],
  ["本年收入合计", 100, "本年支出合计", 105],
  ["上年结转结余", 5, "年终结转结余", null],
  ["收入总计", 105, "支出总计", 105],
]);

const fiscal = sheet("财政拨款", [
  ["2024年财政拨款收支总体情况表"],
  [null, null, null, null, null, null, "单位：万元"],
  ["收入", null, "支出", null, null, null, null],
  ["项目", "金额", "项目", "合计", "一般公共预算", "政府性基金", "国有资本经营预算"],
  ["一、本年收入", 100, "一、本年支出", 105, 100, 0, 5],
  ["（一）一般公共预算拨款", 100, "（一）一般公共服务支出", 90, 90, 0, 0],
  ["（二）政府性基金预算拨款", null, "（三）国防支出", 10, 10, 0, 0],
  ["（三）国有资本经营预算拨款", null, "（二十三）国有资本经营预算支出", 5, 0, 0, 5],
  ["二、上年结转", 5, "二、年终结转结余", 0, 0, 0, 0],
  ["（一）一般公共预算拨款", null, null, null, null, null, null],
  ["（三）国有资本经营预算拨款", 5, null, null, null, null, null],
  ["收入合计", 105, "支出合计", 105, 100, 0, 5],
]);

const pick = (rules: string[]) => (f: Finding) => rules.includes(f.rule);
const run = (...sheets: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...sheets)).findings.filter(
    pick(["sum.total", "summary.balance", "summary.heading", "cross.fund-source"]),
  );

describe("收支总表 identities", () => {
  test("consistent: nothing (其中 rows are not added)", () => {
    expect(run(summary)).toEqual([]);
  });

  test.each([
    [
      "收入总计 B10 off by 1",
      "B10",
      106,
      [
        {
          rule: "summary.balance",
          cell: "B10",
          expected: "105.00",
          actual: "106.00",
          difference: "1.00",
          verdict: "off",
        },
        { rule: "summary.balance", cell: "D10", expected: "106.00", actual: "105.00", difference: "-1.00" },
      ],
    ],
    [
      "本年支出合计 D8 off by 0.01: a tail over 3 lines",
      "D8",
      105.01,
      [
        {
          rule: "sum.total",
          cell: "D8",
          expected: "105.00",
          actual: "105.01",
          difference: "0.01",
          bound: "0.02",
          verdict: "rounding-tail",
          severity: "warning",
        },
        {
          rule: "summary.balance",
          cell: "D10",
          expected: "105.01",
          actual: "105.00",
          difference: "-0.01",
          bound: "0.015",
          verdict: "rounding-tail",
          severity: "warning",
        },
      ],
    ],
  ])("%s", (_name, cell, value, expected) => {
    expect(run(withCell(summary, cell, value))).toEqual(
      expected.map((e) => expect.objectContaining({ sheet: "收支总表", ...e })),
    );
  });
});

describe("财政拨款收支总表: headings and fund sources", () => {
  test("consistent: nothing", () => {
    expect(run(fiscal)).toEqual([]);
  });

  test("a blank 二、上年结转 heading is reported once; 收入合计 uses its sub-items", () => {
    expect(run(withCell(fiscal, "B9", null))).toEqual([
      expect.objectContaining({
        rule: "summary.heading",
        severity: "error",
        cell: "B9",
        expected: "5.00",
        actual: "0.00",
        difference: "-5.00",
        bound: "0.015",
      }),
    ]);
  });

  test("国有资本经营 money spent in the 一般公共预算 column: both funds are off at 支出合计", () => {
    let moved = withCell(fiscal, "E8", 5);
    moved = withCell(moved, "G8", 0);
    moved = withCell(moved, "E5", 105);
    moved = withCell(moved, "G5", 0);
    moved = withCell(moved, "E12", 105);
    moved = withCell(moved, "G12", 0);
    expect(run(moved)).toEqual([
      expect.objectContaining({
        rule: "cross.fund-source",
        severity: "error",
        cell: "E12",
        expected: "100.00",
        actual: "105.00",
        difference: "5.00",
        params: { fundRole: "general" },
      }),
      expect.objectContaining({
        rule: "cross.fund-source",
        severity: "error",
        cell: "G12",
        expected: "5.00",
        actual: "0.00",
        difference: "-5.00",
      }),
    ]);
  });
});
