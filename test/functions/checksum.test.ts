import fc from "fast-check";
import type { CellValue } from "../../src/core";
import { checksum, difference, reconcileText } from "../../src/functions/impl/checksum";
import { sumRange, type ExcelRange } from "../../src/functions/impl/range";
import type { ExcelArg } from "../../src/functions/impl/coerce";

// 02-部门支出预算表 F8:F24 (合计 column of the 项 rows) and 04-一般公共预算支出预算表 F8:F23, as the fixture stores them.
const SPENDING_F8_F24 = [
  5, 9.73, 422.15, 401.51, 80.68, 4, 10.62, 33, 58.32, 1.27, 87.34, 1.82, 3.15, 18.39, 22.13, 82.54, 20,
].map((n) => [n]);
const GENERAL_F8_F23 = SPENDING_F8_F24.slice(0, 16);

describe("BUDGET.CHECKSUM", () => {
  test.each([
    ["02 F8:F24 (printed 合计 F6 is 1261.66)", SPENDING_F8_F24, 1261.65],
    ["04 F8:F23 (printed 合计 F6 is 1241.66)", GENERAL_F8_F23, 1241.65],
    ["0.1 + 0.2", [[0.1], [0.2]], 0.3],
    ["numbers stored as text", [["1,241.66"], ["１２３"], ["(20.00)"]], 1344.66],
    [
      "blanks as Excel passes them",
      [
        [null, "", 0],
        ["—", " ", 5],
      ],
      5,
    ],
    [
      "a 2-D range",
      [
        [1.5, 2.25],
        ["-0.75", "－1"],
      ],
      2,
    ],
    ["15-digit reading of stored doubles", [[1241.655], [0.1 + 0.7]], 1242.455],
    ["one scalar", 7, 7],
    [
      "labels (text with no digit) skipped as SUM skips them",
      [
        ["项目", "合计"],
        [3, "—"],
        ["一、基本支出", 4],
      ],
      7,
    ],
    ["blanks passed as 0 do not set the unit", [[0], ["12万元"], [0], ["3万元"]], 15],
    ["one unit throughout", [["20元"], ["3元"]], 23],
  ] as [string, ExcelArg, number][])("%s", (_what, range, expected) => {
    expect(checksum(range)).toBe(expected);
  });

  test.each([
    [
      "text with digits that is no amount",
      [
        [1, 2],
        [3, "2024年"],
      ],
      '区域第 2 行第 2 列「2024年」不是有效数字 / range row 2, column 2 "2024年" is not a valid number',
    ],
    [
      "1.2.3",
      [["1.2.3"]],
      '区域第 1 行第 1 列「1.2.3」不是有效数字 / range row 1, column 1 "1.2.3" is not a valid number',
    ],
    [
      "12万元 among plain numbers",
      [[5], ["12万元"]],
      '区域第 2 行第 1 列「12万元」的单位与其他金额（未注单位）不同 / range row 2, column 1 "12万元" is in another unit than the other amounts (no unit)',
    ],
    [
      "12abc",
      [["12abc"]],
      '区域第 1 行第 1 列「12abc」不是有效数字 / range row 1, column 1 "12abc" is not a valid number',
    ],
    [
      "a percentage",
      [[1], [2], ["50%"]],
      '区域第 3 行第 1 列「50%」是百分比，不是金额 / range row 3, column 1 "50%" is a percentage, not an amount',
    ],
    ["TRUE", [[true]], '区域第 1 行第 1 列「TRUE」是逻辑值 / range row 1, column 1 "TRUE" is TRUE/FALSE'],
    [
      "元 then 万元",
      [["20元"], ["3万元"]],
      '区域第 2 行第 1 列「3万元」的单位与其他金额（元）不同 / range row 2, column 1 "3万元" is in another unit than the other amounts (元)',
    ],
  ] as [string, ExcelArg, string][])("%s → #VALUE!", (_what, range, message) => {
    expect(checksum(range)).toEqual({ error: "#VALUE!", message });
  });

  test("takes several ranges as SUM does, naming the range of a bad cell", () => {
    expect(checksum([[1.1]], [[2.2, "合计"]], 3.3)).toBe(6.6);
    expect(checksum([[1]], [[2], ["x9"]])).toEqual({
      error: "#VALUE!",
      message: '第 2 个区域第 2 行第 1 列「x9」不是有效数字 / range 2 row 2, column 1 "x9" is not a valid number',
    });
  });

  test("a sum beyond what Excel holds is #NUM!, not Infinity", () => {
    expect(checksum([[1e308], [1e308]])).toEqual({ error: "#NUM!", message: expect.stringContaining("Excel") });
  });

  test("CHECKSUM is additive over disjoint ranges", () => {
    const cell = fc.oneof(
      fc.integer({ min: -1e11, max: 1e11 }).map((c): CellValue => c / 100),
      fc
        .integer({ min: -1e9, max: 1e9 })
        .map((c): CellValue => (c / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
        .filter((n) => n === 0 || Math.abs(n) > 1e-6) as fc.Arbitrary<CellValue>,
      fc.constant<CellValue>(null),
    );
    const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 });
    fc.assert(
      fc.property(range, range, (a, b) => {
        const whole = sumRange([...a, ...b] as ExcelRange);
        const left = sumRange(a as ExcelRange);
        const right = sumRange(b as ExcelRange);
        return !("error" in whole) && !("error" in left) && !("error" in right) && whole.equals(left.plus(right));
      }),
      { numRuns: 500 },
    );
  });
});

describe("BUDGET.RECONCILE and BUDGET.DIFF", () => {
  test.each([
    ["02 合计 F6 against F8:F24: one cent, 17 parts", 1261.66, SPENDING_F8_F24, undefined, "尾差 0.01（≤0.09）", 0.01],
    ["04 合计 F6 against F8:F23: one cent, 16 parts", 1241.66, GENERAL_F8_F23, undefined, "尾差 0.01（≤0.085）", 0.01],
    ["05 合计 1038.62 = 980.74 + 57.88", 1038.62, [[980.74, 57.88]], undefined, "平衡", 0],
    ["06 三公 11 = 0 + 9 + 2", 11, [[0, 9, 2]], undefined, "平衡", 0],
    ["情况说明 1261.66 against 02's 基本 1038.62 + 项目 223.04", "1261.66", [[1038.62], [223.04]], 2, "平衡", 0],
    ["情况说明 基本 1058.62 + 02's 项目 223.04", 1261.66, [[1058.62], [223.04]], 2, "不符 -20.00", -20],
    ["stored values judged as printed: 1241.655 shows 1241.66", 1241.655, [[1000.33], [241.33]], 2, "平衡", 0],
    ["whole 元: 2 parts, bound 1.5", 100, [[33.4], [66.4]], 0, "尾差 1（≤1.5）", 1],
    ["blank parts do not widen the bound", 10.02, [[5], [null], [0], [5]], 2, "不符 0.02", 0.02],
    ["a negative tail", "1,000.00", [["600.00"], ["400.01"]], 2, "尾差 -0.01（≤0.015）", -0.01],
  ] as [string, ExcelArg, ExcelArg, number | undefined, string, number][])(
    "%s",
    (_what, total, parts, decimals, verdict, diff) => {
      expect([reconcileText(total, parts, decimals), difference(total, parts, decimals)]).toEqual([verdict, diff]);
    },
  );

  test.each([
    ["a label total", "合计", [[1]], 2, "#VALUE!"],
    ["a label part", 1, [["项目"]], 2, "#VALUE!"],
    ["decimals 12", 1, [[1]], 12, "#NUM!"],
  ] as [string, ExcelArg, ExcelArg, number, string][])("%s → %s", (_what, total, parts, decimals, code) => {
    expect(
      [reconcileText(total, parts, decimals), difference(total, parts, decimals)].map(
        (r) => typeof r === "object" && r.error,
      ),
    ).toEqual([code, code]);
  });
});
