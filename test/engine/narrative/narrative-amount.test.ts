import { narrativeAmount } from "../../../src/core/engine/rules/narrative-amount";
import { narrativeContext, quantity } from "../../helpers/narrative-context";

const EXPENSE = "部门支出预算表";

describe("narrative.amount", () => {
  it("reports a quoted amount that differs from the table cell it names, at the paragraph's cell", () => {
    const context = narrativeContext(["2024 年支出合计 1261.66 万元，其中：基本支出 1058.62 万元。"], {
      "expense.total": ["1261.66", "部门收支预算表", "D37"],
      "expense.basic": ["1038.62", EXPENSE, "G6"],
    });
    expect(narrativeAmount.check(context)).toEqual([
      {
        rule: "narrative.amount",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        expected: "1038.62",
        actual: "1058.62",
        difference: "20.00",
        table: "narrative",
        refs: [{ sheet: EXPENSE, cell: "G6" }],
        params: {
          quote: "基本支出 1058.62 万元",
          words: "基本支出",
          unit: "万元",
          quantity: "expense.basic",
          otherSheet: EXPENSE,
          otherCell: "G6",
        },
      },
    ]);
  });

  it.each([
    ["万元 text, 元 table", "基本支出 1038.62 万元", quantity("10386200", EXPENSE, "G6", "元", 0)],
    ["元 text, 万元 table (compared at 100 元)", "基本支出 10386249 元", quantity("1038.62", EXPENSE, "G6")],
    ["fewer printed decimals", "基本支出 1039 万元", quantity("1038.62", EXPENSE, "G6")],
  ])("accepts %s", (_case, text, table) => {
    expect(narrativeAmount.check(narrativeContext([text], { "expense.basic": table }))).toEqual([]);
  });

  it("converts the table figure into the sentence's unit for expected and difference", () => {
    const [finding] = narrativeAmount.check(
      narrativeContext(["基本支出 10380000 元"], { "expense.basic": ["1038.62", EXPENSE, "G6"] }),
    );
    expect([finding?.expected, finding?.actual, finding?.difference]).toEqual(["10386200", "10380000", "-6200"]);
  });

  it("reads the heading: 年初预算 under 六、一般公共预算基本支出 names the 基本支出 of 一般公共预算", () => {
    const context = narrativeContext(["六、一般公共预算基本支出情况说明", "2024 年年初预算为 1261.66 万元。"], {
      "general.total": ["1241.66", "一般公共预算支出预算表", "F6"],
      "general.basic": ["1038.62", "一般公共预算支出预算表", "G6"],
    });
    expect(narrativeAmount.check(context).map((f) => [f.cell, f.expected, f.params.quantity])).toEqual([
      ["A3", "1038.62", "general.basic"],
    ]);
  });

  it("checks both sides of 收支 and reports the side that differs", () => {
    const context = narrativeContext(["一般公共预算收支预算 1261.66 万元。"], {
      "fiscal.income.general": ["1241.66", "财政拨款收支总体情况表", "B7"],
      "fiscal.expense.general": ["1261.66", "财政拨款收支总体情况表", "E6"],
    });
    expect(narrativeAmount.check(context).map((f) => f.refs)).toEqual([
      [{ sheet: "财政拨款收支总体情况表", cell: "B7" }],
    ]);
  });

  it("says the 一般公共预算 table has no such class line: expected 0.00 at that table's total", () => {
    const context = narrativeContext(["五、一般公共预算支出情况说明", "国有资本经营预算（类）支出 20.00 万元。"], {
      "class.223": ["20.00", "部门收支预算表", "D26"],
      "general.class.201": ["966.69", "一般公共预算支出预算表", "F8"],
      "general.total": ["1241.66", "一般公共预算支出预算表", "F6"],
    });
    expect(narrativeAmount.check(context).map((f) => [f.expected, f.actual, f.refs])).toEqual([
      ["0.00", "20.00", [{ sheet: "一般公共预算支出预算表", cell: "F6" }]],
    ]);
  });

  it("gives a sum of cells its rounding bound: a tail is a warning", () => {
    const summed = {
      ...quantity("966.69", "一般公共预算支出预算表", "F8"),
      computed: true,
      parts: ["F8", "F9", "F10"],
    };
    const [finding] = narrativeAmount.check(
      narrativeContext(["一般公共服务(类)支出 966.70 万元"], { "general.class.201": summed }),
    );
    expect([finding?.severity, finding?.bound, finding?.verdict, finding?.difference]).toEqual([
      "warning",
      "0.02",
      "rounding-tail",
      "0.01",
    ]);
  });

  it("makes a difference within the user tolerance a warning, never silence", () => {
    const [finding] = narrativeAmount.check(
      narrativeContext(["基本支出 1038.63 万元"], { "expense.basic": ["1038.62", EXPENSE, "G6"] }, "0.05"),
    );
    expect([finding?.severity, finding?.difference]).toEqual(["warning", "0.01"]);
  });
});
