import { narrativePlaceholder } from "../../../src/core/engine/rules/narrative-placeholder";
import { narrativeProcurementSum } from "../../../src/core/engine/rules/narrative-procurement-sum";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { narrativeContext } from "../../helpers/narrative-context";

describe("narrative.placeholder", () => {
  it("reports every piece of template text left in, at the paragraph", () => {
    expect(
      narrativePlaceholder.check(narrativeContext(["一般公共预算支出比上年增加（减少）XX 万元，主要原因：待填写。"])),
    ).toEqual(
      ["增加(减少)", "XX", "待填写"].map((text) => ({
        rule: "narrative.placeholder",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        table: "narrative",
        refs: [],
        params: { text },
      })),
    );
  });
});

describe("narrative.procurement-sum", () => {
  it.each([
    ["balanced", "0.00", "0.00", "0.00", "0.00", []],
    [
      "a rounding tail (bound 0.02)",
      "10.01",
      "5.00",
      "3.00",
      "2.00",
      [["warning", "10.00", "0.01", "0.02", "rounding-tail"]],
    ],
    ["off", "12.00", "5.00", "3.00", "2.00", [["error", "10.00", "2.00", "0.02", "off"]]],
  ])("%s", (_case, total, goods, works, services, expected) => {
    const context = narrativeContext([
      `2024年政府采购预算安排${total}万元，其中：政府采购货物预算${goods}万元、政府采购工程预算${works}万元、政府采购服务预算${services}万元。`,
    ]);
    expect(
      narrativeProcurementSum.check(context).map((f) => [f.severity, f.expected, f.difference, f.bound, f.verdict]),
    ).toEqual(expected);
  });
});

describe("narrative.untied", () => {
  it("says which amounts no table states, and ties the others silently", () => {
    const context = narrativeContext(
      ["收入合计 1261.66 万元，其中：专户管理的教育收费 0.00 万元。单价50万元以上通用设备0台。"],
      {
        "income.total": ["1261.66", "部门收支预算表", "B37"],
      },
    );
    expect(narrativeUntied.check(context)).toEqual([
      {
        rule: "narrative.untied",
        severity: "info",
        sheet: "情况说明",
        cell: "A2",
        actual: "0.00",
        table: "narrative",
        refs: [],
        params: { quote: "专户管理的教育收费 0.00 万元", words: "专户管理", unit: "万元" },
      },
    ]);
  });
});

describe("narrative.procurement-sum, whole finding", () => {
  it("reports the total against the sum of its printed parts with the bound", () => {
    const context = narrativeContext([
      "2024年政府采购预算安排12.00万元，其中：政府采购货物预算5.00万元、政府采购工程预算3.00万元、政府采购服务预算2.00万元。",
    ]);
    expect(narrativeProcurementSum.check(context)).toEqual([
      {
        rule: "narrative.procurement-sum",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        expected: "10.00",
        actual: "12.00",
        difference: "2.00",
        bound: "0.02",
        verdict: "off",
        table: "narrative",
        refs: [],
        params: {
          quote: "政府采购预算安排 12.00 万元",
          unit: "万元",
          parts: "政府采购货物预算 5.00 万元、政府采购工程预算 3.00 万元、政府采购服务预算 2.00 万元",
        },
      },
    ]);
  });
});
