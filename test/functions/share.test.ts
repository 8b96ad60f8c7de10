import fc from "fast-check";
import { Dec, fromExcelNumber } from "../../src/core";
import { share, shares } from "../../src/functions/impl/share";
import type { ExcelArg } from "../../src/functions/impl/coerce";

// Every share the seed's 情况说明 prints (sections 三, 五, 六), with the figures it quotes: worked out by hand,
// 966.70 / 1261.66 = 0.766212… → 76.62%. All are right on the narrative's own figures (see src/core/money/share.spec.ts
// for the figures that disagree with the tables).
describe("BUDGET.SHARE", () => {
  test.each([
    ["1058.62 基本支出", 1058.62, 1261.66, undefined, 0.8391],
    ["203.04 项目支出", 203.04, 1261.66, undefined, 0.1609],
    ["966.70 一般公共服务", 966.7, 1261.66, undefined, 0.7662],
    ["151.90 社会保障和就业", 151.9, 1261.66, undefined, 0.1204],
    ["40.52 卫生健康", 40.52, 1261.66, undefined, 0.0321],
    ["82.54 住房保障", 82.54, 1261.66, undefined, 0.0654],
    ["20.00 国有资本经营预算", 20, 1261.66, undefined, 0.0159],
    ["980.74 人员经费", 980.74, 1261.66, undefined, 0.7773],
    ["57.88 公用经费", 57.88, 1261.66, undefined, 0.0459],
    ["text amounts", "966.70", "1,261.66", 2, 0.7662],
    ["full-width text", "９６６．７０", "１,２６１．６６万元", 2, 0.7662],
    ["1/16 at 1 place", 1, 16, 1, 0.063],
    ["1/16 at 0 places", 1, 16, 0, 0.06],
    ["negative part, tie away from zero", -1, 16, 1, -0.063],
    ["(20.00) as a negative", "(20.00)", 1261.66, 2, -0.0159],
    ["blank part", null, 1261.66, 2, 0],
    ["1/3 at 10 places", 1, 3, 10, 0.333333333333],
    ["a third of a non-decimal double", 1 / 3, 1, 2, 0.3333],
  ] as [string, ExcelArg, ExcelArg, number | undefined, number][])("%s", (_what, part, total, decimals, expected) => {
    expect(share(part, total, decimals)).toBe(expected);
  });

  test.each([
    ["total 0", 1, 0, 2, { error: "#DIV/0!", message: "总数为 0 / total is 0" }],
    ["blank total", 1, null, 2, { error: "#DIV/0!", message: "总数为 0 / total is 0" }],
    ["a label", "合计", 10, 2, { error: "#VALUE!", message: 'part「合计」是文字 / part "合计" is a label' }],
    [
      "a percentage",
      5,
      "76.62%",
      2,
      {
        error: "#VALUE!",
        message: 'total「76.62%」是百分比，不是金额 / total "76.62%" is a percentage, not an amount',
      },
    ],
    [
      "decimals 11",
      1,
      2,
      11,
      { error: "#NUM!", message: "decimals 须为 0–10 的整数 / decimals must be a whole number 0–10" },
    ],
    [
      "decimals 1.5",
      1,
      2,
      1.5,
      { error: "#NUM!", message: "decimals 须为 0–10 的整数 / decimals must be a whole number 0–10" },
    ],
    [
      "decimals -1",
      1,
      2,
      -1,
      { error: "#NUM!", message: "decimals 须为 0–10 的整数 / decimals must be a whole number 0–10" },
    ],
    [
      "元 against 万元",
      "20万元",
      "1261.66元",
      2,
      { error: "#VALUE!", message: 'total「1261.66元」的单位不是万元 / total "1261.66元" is not in 万元' },
    ],
    ["TRUE", true, 2, 2, { error: "#VALUE!", message: 'part「TRUE」是逻辑值 / part "TRUE" is TRUE/FALSE' }],
  ] as [string, ExcelArg, ExcelArg, number, object][])("%s → error", (_what, part, total, decimals, expected) => {
    expect(share(part, total, decimals)).toEqual(expected);
  });
});

describe("BUDGET.SHARES", () => {
  test("the seed's five classes (column) → the shares it prints, summing to 100.00%", () => {
    expect(shares([[966.7], [151.9], [40.52], [82.54], [20]])).toEqual([
      [0.7662],
      [0.1204],
      [0.0321],
      [0.0654],
      [0.0159],
    ]);
  });

  test.each([
    ["a row stays a row", [[1, 1, 1]], 2, [[0.3334, 0.3333, 0.3333]]],
    ["blank cells get 0", [[1], [null], [""], [0], [3]], 0, [[0.25], [0], [0], [0], [0.75]]],
    ["text amounts", [["1,000"], ["(0)"], ["２,０００"]], 1, [[0.333], [0], [0.667]]],
    ["1:2:3 at whole percents", [[1], [2], [3]], 0, [[0.17], [0.33], [0.5]]],
  ] as [string, ExcelArg, number, number[][]][])("%s", (_what, parts, decimals, expected) => {
    expect(shares(parts, decimals)).toEqual(expected);
  });

  test.each([
    ["all zero", [[0], [null]], { error: "#DIV/0!", message: "各项之和为 0 / the parts sum to 0" }],
    ["a negative part", [[5], [-1]], { error: "#NUM!", message: "第 2 项为负数，无法分配占比 / part 2 is negative" }],
    [
      "a label in row 2",
      [[5], ["小计"]],
      { error: "#VALUE!", message: '区域第 2 行第 1 列「小计」是文字 / range row 2, column 1 "小计" is a label' },
    ],
  ] as [string, ExcelArg, object][])("%s → error", (_what, parts, expected) => {
    expect(shares(parts)).toEqual(expected);
  });

  test("the shares Excel receives add up to exactly 1 when read back as Excel shows them", () => {
    const column = fc.array(
      fc.integer({ min: 0, max: 1e10 }).map((c) => [c / 100]),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(column, fc.integer({ min: 0, max: 4 }), (parts, dp) => {
        const result = shares(parts, dp);
        if (parts.every(([p]) => p === 0)) return !Array.isArray(result);
        if (!Array.isArray(result)) return false;
        const sum = result.flat().reduce((a, n) => a.plus(fromExcelNumber(n)), new Dec(0));
        return sum.equals(1);
      }),
      { numRuns: 300 },
    );
  });
});
