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
