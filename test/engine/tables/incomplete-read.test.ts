/** table.incomplete-read: a recognised table whose body the engine did not read says so (warning). */
import { checkWorkbook } from "../../../src/core/engine";
import { recogniseWorkbook } from "../../../src/core/engine/recognise/recognise-workbook";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, workbook } from "../../helpers/grid";

const incomplete = (...sheets: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...sheets))
    .findings.filter((f: Finding) => f.rule === "table.incomplete-read")
    .map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      severity: f.severity,
      reason: f.params.reason,
      count: f.params.count,
    }));

const shanghaiSummary = (income: string, expense: string) =>
  sheet("收支总表", [
    ["2025年部门财务收支预算总表"],
    ["编制部门：某局", null, null, "单位：元"],
    [income, null, expense, null],
    ["项目", "预算数", "项目", "预算数"],
    ["一、财政拨款收入", 300, "一、一般公共服务支出", 200],
    ["1. 一般公共预算资金", 300, "二、住房保障支出", 100],
    ["收入总计", 300, "支出总计", 300],
  ]);

describe("table.incomplete-read", () => {
  test("Shanghai 收支总表 headed 本年收入 / 本年支出 is read on both sides: no warning", () => {
    expect(incomplete(shanghaiSummary("本年收入", "本年支出"))).toEqual([]);
  });

  test("a summary table whose header names no side is read by position: 项目 columns left income, right expense", () => {
    const table = recogniseWorkbook(workbook(shanghaiSummary("来源", "去向"))).tables[0]!;
    expect(table.rows.map((r) => [r.side, r.label])).toEqual([
      ["income", "一、财政拨款收入"],
      ["income", "1.一般公共预算资金"],
      ["income", "收入总计"],
      ["expense", "一、一般公共服务支出"],
      ["expense", "二、住房保障支出"],
      ["expense", "支出总计"],
    ]);
    expect(incomplete(shanghaiSummary("来源", "去向"))).toEqual([]);
  });

  test("a summary table with no 项目 column to tell its sides by is recognised, read empty, and says so", () => {
    const noLabels = sheet("收支总表", [
      ["2025年部门财务收支预算总表"],
      ["编制部门：某局", null, null, "单位：元"],
      ["科目", "预算数", "科目", "预算数"],
      ["一、财政拨款收入", 300, "一、一般公共服务支出", 200],
      ["收入总计", 300, "支出总计", 300],
    ]);
    expect(incomplete(noLabels)).toEqual([
      { sheet: "收支总表", cell: "B4", severity: "warning", reason: "no-rows", count: "2" },
    ]);
  });

  test("a body row with amounts but neither code nor name is left out, and that is said (rows-left-out)", () => {
    const expense = sheet("支出", [
      ["2025年部门支出预算总表"],
      ["编制部门：某局", null, null, null, "单位：元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      [null, "合计", 30, 10, 20],
      ["2010101", "行政运行", 10, 10, null],
      [null, null, 20, null, 20],
    ]);
    expect(incomplete(expense)).toEqual([
      { sheet: "支出", cell: "C6", severity: "warning", reason: "rows-left-out", count: "1" },
    ]);
  });

  test("an empty 基金 table that says it is empty (blank ruled rows, 合计 row, note) is not a failure", () => {
    const fund = sheet("基金", [
      ["2025年部门政府性基金预算支出功能分类预算表"],
      ["编制部门：某局", null, null, null, null, null, "单位：元"],
      ["项目", null, null, null, "政府性基金预算支出", null, null],
      ["功能分类科目编码", null, null, "功能分类科目名称", "合计", "基本支出", "项目支出"],
      ["类", "款", "项", null, null, null, null],
      [],
      [],
      ["合计"],
      ["注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"],
    ]);
    expect(incomplete(fund)).toEqual([]);
  });

  test("a 三公 table read as nothing without saying it is empty is a failure; saying so, it is not", () => {
    const rows = [
      ["2025年部门“三公”经费和机关运行经费预算表"],
      ["编制部门：某局", null, null, null, null, null, "单位：万元"],
      ["“三公”经费预算数", null, null, null, null, null, "机关运行经费预算数"],
      ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", null, null, null],
      [null, null, null, "小计", "购置费", "运行费", null],
      [],
    ];
    expect(incomplete(sheet("三公", rows))).toEqual([
      { sheet: "三公", cell: "A1", severity: "warning", reason: "no-rows", count: "0" },
    ]);
    expect(incomplete(sheet("三公", [...rows, ["注：本部门无“三公”经费和机关运行经费，本表为空表。"]]))).toEqual([]);
  });
});
