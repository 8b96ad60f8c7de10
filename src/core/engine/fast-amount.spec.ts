import { FastReading, fastNumber, fastText, UnitsAmount } from "./fast-amount";

describe("fastNumber: exact units (value × 10^4) or undefined for the decimal path", () => {
  test.each([
    [1241.66, "#,##0.00", { units: 12416600, decimals: 2 }],
    [966.7, "#,##0.00", { units: 9667000, decimals: 2 }],
    [0.1 + 0.2, null, { units: 3000, decimals: 1 }],
    [-20, "0.00", { units: -200000, decimals: 2 }],
    [12616600, "#,##0", { units: 126166000000, decimals: 0 }],
    [-0, "0.00", { units: 0, decimals: 2 }],
    [81339736.32, "#,##0.00", { units: 813397363200, decimals: 2 }],
  ])("%p with %p", (value, format, expected) => {
    expect(fastNumber(value, format)).toEqual(expected);
  });

  test.each([
    ["a tie at the display rounding", 1241.655, "#,##0.00"],
    ["stored digits beyond the format", 30.006, "#,##0.00"],
    ["more than 4 places under General", 0.123456, null],
    ["a percentage format", 0.5, "0.00%"],
    ["too large", 1e12, "#,##0.00"],
    ["stored digits far beyond the format", 1.0000000001, "#,##0.00"],
  ])("%s → undefined", (_name, value, format) => {
    expect(fastNumber(value, format)).toBeUndefined();
  });
});

describe("fastText", () => {
  test.each([
    ["1241.66", { units: 12416600, decimals: 2 }],
    ["966.70", { units: 9667000, decimals: 1 }],
    [" -5 ", { units: -50000, decimals: 0 }],
    ["-0.00", { units: 0, decimals: 0 }],
  ])("%p", (text, expected) => {
    expect(fastText(text)).toEqual(expected);
  });
  test.each(["1,241.66", "(20.00)", "12abc", "1.23456", ""])("%p → undefined (decimal path)", (text) => {
    expect(fastText(text)).toBeUndefined();
  });
});

test("UnitsAmount makes its decimal value exactly", () => {
  expect(new UnitsAmount(12416600, "F6", 5, 5, false).value.toString()).toBe("1241.66");
});

test("FastReading tells plain number text from text read once trimmed (a word cell for sheet words)", () => {
  const reading = new FastReading();
  expect([reading.text("1241.66"), reading.plainText]).toEqual([true, true]);
  expect([reading.text(" 1241.66 "), reading.plainText]).toEqual([true, false]);
  expect([reading.text("-5"), reading.plainText]).toEqual([true, true]);
});
