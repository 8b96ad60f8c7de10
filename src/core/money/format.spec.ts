import { displayAmount, displayDifference } from "./format";

describe("displayAmount: grouped, negatives with the true minus (U+2212), other text untouched", () => {
  test.each([
    ["1261.66", "1,261.66"],
    ["-1261.65", "\u22121,261.65"],
    ["-1234567", "\u22121,234,567"],
    ["12616600.00", "12,616,600.00"],
    ["966.70", "966.70"],
    ["0.01", "0.01"],
    ["-0.01", "\u22120.01"],
    ["100", "100"],
    ["1000", "1,000"],
    ["0.123456", "0.123456"],
    ["无可比性", "无可比性"],
    ["≤ 20.00", "≤ 20.00"],
    ["1,261.66", "1,261.66"],
    ["", ""],
  ])("%p → %p", (input, expected) => expect(displayAmount(input)).toBe(expected));
});

describe("displayDifference: the sign always written, zero without one", () => {
  test.each([
    ["0.01", "+0.01"],
    ["-0.01", "\u22120.01"],
    ["-1234.5", "\u22121,234.5"],
    ["20000.00", "+20,000.00"],
    ["0", "0"],
    ["0.00", "0.00"],
    ["+3", "+3"],
    ["无可比性", "无可比性"],
  ])("%p → %p", (input, expected) => expect(displayDifference(input)).toBe(expected));
});
