/** narrative.scope: part-of-department figures and change figures are never compared with whole-department totals. */
import { narrativeAmount } from "../../../src/core/engine/rules/narrative-amount";
import { narrativeScope } from "../../../src/core/engine/rules/narrative-scope";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { narrativeContext } from "../../helpers/narrative-context";

const run = (text: string, quantities: Parameters<typeof narrativeContext>[1]) => {
  const context = narrativeContext([text], quantities);
  return {
    amount: narrativeAmount.check(context).map((f) => f.params.quantity),
    scope: narrativeScope.check(context).map((f) => [f.params.reason, f.params.scopeWords, f.actual]),
    untied: narrativeUntied.check(context).length,
  };
};

describe("narrative.scope", () => {
  it("does not compare a figure for some of the units with the department's 公用经费 (info saying why)", () => {
    const text = "2025年本部门下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为188.30万元。";
    expect(run(text, { "basic.public": ["240.00", "基本支出表", "F35"] })).toEqual({
      amount: [],
      scope: [["scope", "下属1家", "188.30"]],
      untied: 0,
    });
  });

  it("compares it with the 三公 table's 机关运行经费 column, which has that scope (pt-gov-office-2025, A9)", () => {
    const text = "2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预算为213.28万元。";
    const sangong = {
      "sangong.office-running": ["213.00", "三公", "G6"] as const,
      "basic.public": ["213.28", "基本", "F35"] as const,
    };
    expect(run(text, sangong)).toEqual({ amount: ["sangong.office-running"], scope: [], untied: 0 });
  });

  it("compares 本部门及下属2家单位 (the whole department) with the department's totals", () => {
    const text = "2025年本部门及下属2家单位支出预算 900.00 万元。";
    expect(run(text, { "expense.total": ["900.00", "收支总表", "D37"] })).toEqual({ amount: [], scope: [], untied: 0 });
  });

  it("does not compare 本级 figures with the department's totals", () => {
    expect(run("本级支出预算 500.00 万元。", { "expense.total": ["900.00", "收支总表", "D37"] }).scope).toEqual([
      ["scope", "本级", "500.00"],
    ]);
  });

  it("reads a figure right after 一致/持平 as the change, not this year's amount", () => {
    const text = "政府性基金拨款支出预算与上年预算一致0万元。";
    expect(run(text, { "gov-fund.total": ["20.00", "政府性基金", "E6"] })).toEqual({
      amount: [],
      scope: [["change", "一致", "0"]],
      untied: 0,
    });
  });

  it("leaves a whole-department figure alone", () => {
    expect(run("支出预算9,101.68万元。", { "expense.total": ["9101.68", "收支总表", "D37"] })).toEqual({
      amount: [],
      scope: [],
      untied: 0,
    });
  });
});

describe("narrative.scope: figures nothing can check are said, with the reason", () => {
  const said = (text: string) =>
    narrativeScope
      .check(narrativeContext([text]))
      .map((f) => [f.actual, f.params.reason, f.params.quote, f.params.scopeWords]);

  it("a threshold is a limit, not an amount", () => {
    expect(said("购置单价100万元（含）以上设备（不含车辆）0台（套）。")).toEqual([
      ["100", "threshold", "购置单价100万元(含)以上", "(含)以上"],
    ]);
  });

  it("a change with neither a rate nor last year's figure beside it cannot be checked", () => {
    expect(said("支出预算9,101.68万元，比2024年预算减少2,389.52万元。")).toEqual([
      ["2389.52", "no-last-year", "减少2,389.52万元", "减少"],
    ]);
  });

  it("a change with its rate, or a zero change, is checked elsewhere and not listed", () => {
    expect(said("收入总计 1261.66 万元，收支增加 84.41 万元，增长 7.17%。")).toEqual([]);
    expect(said("政府性基金拨款支出预算0万元，比2024年预算增加0万元。")).toEqual([]);
  });
});
