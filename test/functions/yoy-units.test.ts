import fc from "fast-check";
import { Dec, parseCapitalNumerals } from "../../src/core";
import { yoy } from "../../src/functions/impl/yoy";
import { daxie, wan, yuan } from "../../src/functions/impl/units";
import type { ExcelArg } from "../../src/functions/impl/coerce";

describe("BUDGET.YOY", () => {
  test.each([
    ["seed 一: 1261.66 against 1177.25 (增加 84.41) → 增长 7.17%", 1261.66, 1177.25, undefined, 0.0717],
    ["seed 七: 三公 11.00 against 11.00 → 持平", 11, 11, undefined, 0],
    ["seed 四: 政府性基金 0.00 against 0.00 → 持平", 0, 0, undefined, 0],
    ["last year 0 → 无可比性, never 增长100%", 20, 0, undefined, "无可比性"],
    ["blank last year", 20, null, undefined, "无可比性"],
    ["a fall, 1 place", 900, "1,000", 1, -0.1],
    ["text amounts", "1,261.66万元", "1177.25", 2, 0.0717],
  ] as [string, ExcelArg, ExcelArg, number | undefined, number | string][])(
    "%s",
    (_what, current, last, decimals, expected) => {
      expect(yoy(current, last, decimals)).toBe(expected);
    },
  );

  test.each([
    [
      "negative last year",
      1,
      -5,
      { error: "#NUM!", message: "上年数为负，增减率无意义 / last year is negative: no meaningful rate" },
    ],
    ["a label", "上年", 5, { error: "#VALUE!", message: 'current「上年」是文字 / current "上年" is a label' }],
  ] as [string, ExcelArg, ExcelArg, object][])("%s → error", (_what, current, last, expected) => {
    expect(yoy(current, last)).toEqual(expected);
  });
});

describe("BUDGET.WAN and BUDGET.YUAN", () => {
  test.each([
    [12616600, undefined, 1261.66],
    [12345, 2, 1.23],
    [12355, 2, 1.24], // 1.2355 → 1.24: half-up, not banker's
    [-12355, 2, -1.24],
    ["12,616,600元", 4, 1261.66],
    [5, 4, 0.0005],
    [null, 2, 0],
  ] as [ExcelArg, number | undefined, number][])("WAN(%p, %p) = %p", (amount, decimals, expected) => {
    expect(wan(amount, decimals)).toBe(expected);
  });

  test.each([
    [1261.66, 12616600],
    ["0.0001", 1],
    ["1,058.62万元", 10586200],
  ] as [ExcelArg, number][])("YUAN(%p) = %p", (amount, expected) => {
    expect(yuan(amount)).toBe(expected);
  });

  test("a text amount in the other unit is refused, not misread", () => {
    expect(wan("1261.66万元")).toEqual({
      error: "#VALUE!",
      message: 'yuan「1261.66万元」的单位不是元 / yuan "1261.66万元" is not in 元',
    });
    expect(yuan("20元")).toEqual({
      error: "#VALUE!",
      message: 'wan「20元」的单位不是万元 / wan "20元" is not in 万元',
    });
  });
});

describe("BUDGET.DAXIE", () => {
  // Written by hand; the seed's totals are in 万元, so they are stated in 元 or with unit "万元".
  test.each([
    ["收入总计 1261.66 万元 in 元", 12616600, undefined, "壹仟贰佰陆拾壹万陆仟陆佰元整"],
    ["收入总计 1261.66 万元", 1261.66, "万元", "壹仟贰佰陆拾壹万陆仟陆佰元整"],
    ["基本支出 1058.62 万元", "1,058.62", "万元", "壹仟零伍拾捌万陆仟贰佰元整"],
    ["项目支出 203.04 万元", 203.04, "万元", "贰佰零叁万零肆佰元整"],
    ["一般公共预算 1241.66 万元 (tables)", 1241.66, "万元", "壹仟贰佰肆拾壹万陆仟陆佰元整"],
    ["三公 11.00 万元", 11, "万元", "壹拾壹万元整"],
    ["公用经费 57.88 万元", 57.88, "万元", "伍拾柒万捌仟捌佰元整"],
    ["a cheque amount", 1680.32, "元", "壹仟陆佰捌拾元叁角贰分"],
    ["角 ending", 0.5, undefined, "伍角整"],
    ["zero 角 before 分", 1.05, undefined, "壹元零伍分"],
    ["rounded half-up to 分", 2.345, undefined, "贰元叁角伍分"],
    ["nothing", null, undefined, "零元整"],
    ["negative", "(20.00)", undefined, "负贰拾元整"],
  ] as [string, ExcelArg, string | undefined, string][])("%s", (_what, amount, unit, expected) => {
    expect(daxie(amount, unit)).toBe(expected);
  });

  test.each([
    [
      "too large",
      1e16,
      undefined,
      {
        error: "#NUM!",
        message: "金额超出大写范围（须小于 1 亿亿元） / amount too large for capital numerals (must be below 10^16 元)",
      },
    ],
    [
      "unknown unit",
      1,
      "美元",
      { error: "#VALUE!", message: 'unit 须为 "元" 或 "万元" / unit must be "元" or "万元"' },
    ],
    [
      "万元 text read as 元",
      "1261.66万元",
      undefined,
      { error: "#VALUE!", message: 'amount「1261.66万元」的单位不是元 / amount "1261.66万元" is not in 元' },
    ],
  ] as [string, ExcelArg, string | undefined, object][])("%s → error", (_what, amount, unit, expected) => {
    expect(daxie(amount, unit)).toEqual(expected);
  });

  test("read back by the parser, DAXIE gives the amount to 分", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = daxie(cents / 100);
        return typeof text === "string" && parseCapitalNumerals(text)?.equals(new Dec(cents).dividedBy(100)) === true;
      }),
      { numRuns: 1000 },
    );
  });
});
