/**
 * The Shanghai summary layouts on small built sheets (the corpus tests cover the real ones): sides headed 本年收入 /
 * 本年支出 and 财政拨款收入 / 财政拨款支出, the 单位 expenditure split into 人员经费 | 公用经费 | 项目支出 with no 基本支出
 * column, and no 本年…合计 or carry-over lines.
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/grid/snapshot";
import { sheet, withCell, workbook } from "../../helpers/grid";

const summary = sheet("收支", [
  ["2025年预算单位财务收支预算总表"],
  ["编制单位：某局", null, null, null, null, null, "单位：元"],
  ["本年收入", null, "本年支出", null, null, null, null],
  ["项目", "预算数", "项目", "预算数", null, null, null],
  [null, null, null, "合计", "基本支出", null, "项目支出"],
  [null, null, null, null, "人员经费", "公用经费", null],
  ["一、财政拨款收入", 350, "一、一般公共服务支出", 300, 100, 50, 150],
  ["1、一般公共预算资金", 350, "二、住房保障支出", 50, 50, null, null],
  ["2、政府性基金", null, null, null, null, null, null],
  ["二、事业收入", null, null, null, null, null, null],
  ["收入总计", 350, "支出总计", 350, 150, 50, 150],
]);

const fiscalRows = (general: CellValue): CellValue[][] => [
  ["2025年预算单位财政拨款收支预算总表"],
  ["编制单位：某局", null, null, null, null, null, "单位：元"],
  ["财政拨款收入", null, "财政拨款支出", null, null, null, null],
  ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
  ["一、一般公共预算资金", general, "一、一般公共服务支出", 300, 300, null, null],
  ["二、政府性基金", null, "二、住房保障支出", 50, 50, null, null],
  ["三、国有资本经营预算", null, null, null, null, null, null],
  ["收入总计", general, "支出总计", 350, 350, null, null],
];

const RULES = [
  "sum.row",
  "sum.total",
  "summary.balance",
  "summary.heading",
  "cross.fund-source",
  "cross.same-quantity",
];
const found = (...sheets: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...sheets))
    .findings.filter((f) => RULES.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected ?? null, f.actual ?? null]);

describe("Shanghai 财务收支预算总表 and 财政拨款收支预算总表", () => {
  test("consistent: nothing", () => {
    expect(found(summary, sheet("财政", fiscalRows(350)))).toEqual([]);
  });

  test("支出总计 人员经费 E11 150 → 160: 合计 ≠ 人员 + 公用 + 项目 (sum.row) and ≠ Σ class lines", () => {
    expect(found(withCell(summary, "E11", 160))).toEqual([
      ["sum.row", "error", "收支", "D11", "360.00", "350.00"],
      ["summary.balance", "error", "收支", "E11", "150.00", "160.00"],
    ]);
  });

  test("财政拨款 一般公共预算资金 and 收入总计 360 (spending 350): fund source, balance and both 收支总表 ties", () => {
    expect(found(summary, sheet("财政", fiscalRows(360)))).toEqual([
      ["cross.same-quantity", "error", "收支", "B8", "360.00", "350.00"],
      ["cross.same-quantity", "error", "财政", "B8", "350.00", "360.00"],
      ["summary.balance", "error", "财政", "D8", "360.00", "350.00"],
      ["cross.fund-source", "error", "财政", "E8", "360.00", "350.00"],
    ]);
  });
});
