import { Dec } from "./decimal";
import { formatFixed } from "./format";
import { roundHalfUp } from "./round";
import { fromExcelNumber, toExcelNumber } from "./excel-number";
import { yuanToWan, wanToYuan } from "./units";

describe("roundHalfUp: ties away from zero, negatives too", () => {
  test.each([
    ["2.345", 2, "2.35"],
    ["-2.345", 2, "-2.35"],
    ["0.0625", 3, "0.063"],
    ["0.76624", 4, "0.7662"],
    ["0.5", 0, "1"],
    ["-0.5", 0, "-1"],
    ["1.005", 2, "1.01"],
    ["1241.655", 2, "1241.66"],
    ["1.004999", 2, "1"],
  ] as [string, number, string][])("%s at %d → %s", (x, dp, expected) => {
    expect(roundHalfUp(new Dec(x), dp).toString()).toBe(expected);
  });

  test.each([[-1], [21], [1.5], [Number.NaN]])("decimals %p is misuse", (dp) => {
    expect(() => roundHalfUp(new Dec(1), dp)).toThrow(RangeError);
  });
});

describe("formatFixed", () => {
  test.each([
    ["1261.66", 2, false, "1261.66"],
    ["20", 2, false, "20.00"],
    ["-0.004", 2, false, "0.00"],
    ["-20", 2, false, "-20.00"],
    ["12616600", 2, true, "12,616,600.00"],
    ["-1234.5", 1, true, "-1,234.5"],
    ["999.995", 2, true, "1,000.00"],
    ["0.125", 2, false, "0.13"],
  ] as [string, number, boolean, string][])("%s at %d (grouping %p) → %s", (x, dp, grouping, expected) => {
    expect(formatFixed(new Dec(x), dp, grouping)).toBe(expected);
  });
});

describe("Excel numbers", () => {
  test.each([
    [0.1 + 0.2, "0.3"],
    [1241.655, "1241.655"],
    [1e-7, "1e-7"],
    [-0, "0"],
  ] as [number, string][])("%p reads as %s", (n, expected) => {
    expect(fromExcelNumber(n).equals(new Dec(expected))).toBe(true);
  });

  test("Excel receives the nearest number, never −0", () => {
    expect(toExcelNumber(new Dec("0.7662"))).toBe(0.7662);
    expect(Object.is(toExcelNumber(new Dec("-0")), 0)).toBe(true);
  });
});

describe("元 ↔ 万元", () => {
  test("exact both ways", () => {
    expect(yuanToWan(new Dec("12616600")).toString()).toBe("1261.66");
    expect(yuanToWan(new Dec("1")).toString()).toBe("0.0001");
    expect(wanToYuan(new Dec("1261.66")).toString()).toBe("12616600");
  });
});
