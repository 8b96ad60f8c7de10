import { formatDecimals } from "./number-format";

describe("formatDecimals", () => {
  test.each([
    ["#,##0.00", 2, false],
    ["0", 0, false],
    ["0.0%", 1, true],
    ["0.00%", 2, true],
    ["0.00_);(0.00)", 2, false],
    ["#,##0.00_);[Red](#,##0.00)", 2, false],
    ['#,##0.00"万元"', 2, false],
    ["[$-804]#,##0.000", 3, false],
    ["0.0#", 2, false],
    ["\\¥#,##0.00;\\¥-#,##0.00", 2, false],
    ["General", null, false],
    ["@", null, false],
    ["yyyy-mm-dd", null, false],
    ["0.00E+00", null, false],
    ["#,##0,", null, false],
    ["", null, false],
  ] as [string, number | null, boolean][])("%p → %p places, percent %p", (code, decimals, percent) => {
    expect(formatDecimals(code)).toEqual({ decimals, percent });
  });

  test("no format means General", () => {
    expect(formatDecimals(undefined)).toEqual({ decimals: null, percent: false });
    expect(formatDecimals(null)).toEqual({ decimals: null, percent: false });
  });
});
