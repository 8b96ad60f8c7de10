import { narrativeShare } from "../../../src/core/engine/rules/narrative-share";
import { narrativeShareTotal } from "../../../src/core/engine/rules/narrative-share-total";
import { narrativeContext } from "../../helpers/narrative-context";

const EXPENSE = "部门支出预算表";

describe("narrative.share", () => {
  it("recomputes a share from the table figures of part and base", () => {
    const context = narrativeContext(["2024 年支出合计 1261.66 万元，其中：基本支出 1058.62 万元，占 83.91%。"], {
      "expense.total": ["1261.66", EXPENSE, "F6"],
      "expense.basic": ["1038.62", EXPENSE, "G6"],
    });
    expect(narrativeShare.check(context)).toEqual([
      {
        rule: "narrative.share",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        expected: "82.32",
        actual: "83.91",
        difference: "1.59",
        table: "narrative",
        refs: [
          { sheet: EXPENSE, cell: "G6" },
          { sheet: EXPENSE, cell: "F6" },
        ],
        params: {
          quote: "基本支出 1058.62 万元，占 83.91%",
          unit: "%",
          part: "1038.62",
          base: "1261.66",
          partWords: "基本支出",
          baseWords: "支出合计",
          basis: "table",
          fromText: "83.91",
          followsText: "part",
        },
      },
    ]);
  });

  it.each([
    ["right, with a space before %", "占 76.62 %", []],
    ["one unit off: a warning", "占 76.63%", [["warning", "76.62", "0.01"]]],
    ["rounded down instead of half-up", "占 76.61%", [["warning", "76.62", "-0.01"]]],
    ["wrong", "占 77.86%", [["error", "76.62", "1.24"]]],
  ])("judges a share from the text's figures where the tables state none: %s", (_case, share, expected) => {
    const context = narrativeContext([`支出合计 1261.66 万元，一般公共服务(类)支出 966.70 万元，${share}。`]);
    expect(narrativeShare.check(context).map((f) => [f.severity, f.expected, f.difference])).toEqual(expected);
  });
});

describe("narrative.share-total", () => {
  it.each([
    ["sum to 100", "占 83.91%", "占 16.09%", []],
    ["off by rounding only (bound 0.01)", "占 83.91%", "占 16.10%", []],
    ["complete list not reaching 100", "占 83.91%", "占 15.09%", [["99.00", "-1.00", "0.01"]]],
    ["over 100", "占 84.91%", "占 16.09%", [["101.00", "1.00", "0.01"]]],
  ])("shares listed together: %s", (_case, first, second, expected) => {
    const context = narrativeContext([
      `支出合计 1261.66 万元，其中：基本支出 1058.62 万元，${first}；项目支出 203.04 万元，${second}。`,
    ]);
    expect(narrativeShareTotal.check(context).map((f) => [f.actual, f.difference, f.bound])).toEqual(expected);
  });

  it("lets a partial list (主要用于…) stay under 100%", () => {
    const context = narrativeContext([
      "支出 1261.66 万元，主要用于：一般公共服务(类)支出 966.70 万元，占 76.62%；住房保障(类)支出 82.54 万元，占 6.54%。",
    ]);
    expect(narrativeShareTotal.check(context)).toEqual([]);
  });
});

describe("narrative.share-total, whole finding", () => {
  it("reports at the paragraph with the sum, 100 and the rounding bound", () => {
    const context = narrativeContext([
      "支出合计 1261.66 万元，其中：基本支出 1058.62 万元，占 84.91%；项目支出 203.04 万元，占 16.09%。",
    ]);
    expect(narrativeShareTotal.check(context)).toEqual([
      {
        rule: "narrative.share-total",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        expected: "100.00",
        actual: "101.00",
        difference: "1.00",
        bound: "0.01",
        verdict: "off",
        table: "narrative",
        refs: [],
        params: { count: "2", unit: "%", shares: "84.91 + 16.09" },
      },
    ]);
  });
});
