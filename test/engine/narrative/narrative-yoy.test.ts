import { narrativeDirection } from "../../../src/core/engine/rules/narrative-direction";
import { buildReport } from "../../../src/core/findings/build-report";
import { narrativeYoy } from "../../../src/core/engine/rules/narrative-yoy";
import { narrativeYoyNoBasis } from "../../../src/core/engine/rules/narrative-yoy-no-basis";
import { narrativeContext } from "../../helpers/narrative-context";

describe("narrative.yoy", () => {
  it.each([
    ["consistent: 84.41 / (1261.66 − 84.41) = 7.17%", "增加 84.41 万元，增长 7.17%", []],
    ["a decrease: 20.00 / (1261.66 + 20.00) = 1.56%", "减少 20.00 万元，下降 1.56%", []],
    ["one unit off", "增加 84.41 万元，增长 7.18%", [["warning", "7.17", "0.01", undefined]]],
    [
      "divided by this year: 84.41 / 1261.66 = 6.69%",
      "增加 84.41 万元，增长 6.69%",
      [["error", "7.17", "-0.48", "current"]],
    ],
  ])("%s", (_case, change, expected) => {
    const context = narrativeContext([`2024 年收入总计 1261.66 万元，与 2023 年相比，${change}。`]);
    expect(narrativeYoy.check(context).map((f) => [f.severity, f.expected, f.difference, f.params.divisor])).toEqual(
      expected,
    );
  });

  it("reports the whole finding with the implied last year", () => {
    expect(
      narrativeYoy.check(narrativeContext(["2024 年收入总计 1261.66 万元，比上年增加 84.41 万元，增长 8.00%。"])),
    ).toEqual([
      {
        rule: "narrative.yoy",
        severity: "error",
        sheet: "情况说明",
        cell: "A2",
        expected: "7.17",
        actual: "8.00",
        difference: "0.83",
        table: "narrative",
        refs: [],
        params: {
          quote: "收入总计 1261.66 万元；增加 84.41 万元,增长 8.00%",
          unit: "%",
          current: "1261.66",
          change: "84.41",
          last: "1177.25",
        },
      },
    ]);
  });
});

describe("narrative.yoy-no-basis", () => {
  it.each([
    ["增长 100% from 0", "公务接待费 2.00 万元，比上年增加 2.00 万元，增长 100.00%。", [["100.00", "2.00"]]],
    ["无可比性", "公务接待费 2.00 万元，比上年增加 2.00 万元，无可比性。", []],
    ["both years 0", "公务接待费 0.00 万元，比上年增加 0.00 万元，增长 0.00%。", []],
  ])("%s", (_case, text, expected) => {
    expect(narrativeYoyNoBasis.check(narrativeContext([text])).map((f) => [f.actual, f.params.current])).toEqual(
      expected,
    );
  });
});

describe("narrative.direction", () => {
  it.each([
    // [severity, reason, actual direction, expected direction, the text's own words for them]
    [
      "增加 0.00 is 持平 (warning)",
      "比上年增加 0.00 万元。",
      [["warning", "zero", "increase", "flat", "增加", undefined]],
    ],
    [
      "增加 0.00, 与上年持平 still names 增加",
      "增加 0.00 万元，与上年持平。",
      [["warning", "zero", "increase", "flat", "增加", undefined]],
    ],
    ["持平 with a change", "增加 5.00 万元，与上年持平。", [["error", "flat", "flat", "increase", undefined, "增加"]]],
    [
      "amount and rate disagree",
      "增加 5.00 万元，下降 0.40%。",
      [["error", "opposite", "decrease", "increase", "下降", "增加"]],
    ],
    [
      "a negative figure after 增长",
      "增长 -5.00 万元。",
      [["error", "sign", "increase", "decrease", "增长", undefined]],
    ],
    ["consistent", "减少 5.00 万元，下降 0.40%。", []],
    ["持平 alone", "与上年持平。", []],
  ])("%s", (_case, change, expected) => {
    const context = narrativeContext([`公务接待费 2.00 万元，${change}`]);
    expect(
      narrativeDirection
        .check(context)
        .map((f) => [
          f.severity,
          f.params.reason,
          f.params.actualDirection,
          f.params.expectedDirection,
          f.params.actualWord,
          f.params.expectedWord,
        ]),
    ).toEqual(expected);
  });

  it.each([
    ["zh", "持平", "增加"],
    ["en", "unchanged", "增加"],
  ] as const)(
    "%s report: the sides in words (the text's own word where it has one), never a code",
    (language, expected, actual) => {
      const findings = narrativeDirection.check(narrativeContext(["公务接待费 2.00 万元，比上年增加 0.00 万元。"]));
      const report = buildReport(
        { workbook: "a.xlsx", catalog: { year: 2025, source: "" }, tables: [], findings },
        language,
      );
      expect(report.findings.map((f) => [f.expected, f.actual])).toEqual([[expected, actual]]);
    },
  );

  it("refers to the table cell of the quantity that changed", () => {
    const context = narrativeContext(
      ["七、“三公”经费支出情况说明", "公务用车购置费 0.00 万元。公务用车购置费预算数比 2023 年增加 0.00 万元。"],
      {
        "sangong.car-purchase": ["0.00", "三公经费预算表", "D5"],
      },
    );
    expect(narrativeDirection.check(context)).toEqual([
      {
        rule: "narrative.direction",
        severity: "warning",
        sheet: "情况说明",
        cell: "A3",
        table: "narrative",
        refs: [{ sheet: "三公经费预算表", cell: "D5" }],
        params: {
          quote: "增加 0.00 万元",
          reason: "zero",
          actualDirection: "increase",
          expectedDirection: "flat",
          actualWord: "增加",
          change: "0.00",
          unit: "万元",
        },
      },
    ]);
  });
});
