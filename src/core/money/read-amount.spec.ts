import fc from "fast-check";
import type { CellValue } from "../grid/snapshot";
import { Dec } from "./decimal";
import { formatFixed } from "./format";
import { readAmount } from "./read-amount";

/** [cell, input, numberFormat, expected value as string, percent, unit, blank] */
const readable: [string, CellValue, string | undefined, string, boolean, string | undefined, boolean][] = [
  ["A1", 0.1 + 0.2, undefined, "0.3", false, undefined, false],
  ["A2", 1241.66, "#,##0.00", "1241.66", false, undefined, false],
  ["A3", -0, undefined, "0", false, undefined, false],
  ["A4", "1,241.66", undefined, "1241.66", false, undefined, false],
  ["A5", "１,２４１．６６", undefined, "1241.66", false, undefined, false],
  ["A6", "１，２４１．６６", undefined, "1241.66", false, undefined, false],
  ["A7", "(20.00)", undefined, "-20", false, undefined, false],
  ["A8", "（20.00）", undefined, "-20", false, undefined, false],
  ["A9", "-20", undefined, "-20", false, undefined, false],
  ["A10", "－20", undefined, "-20", false, undefined, false],
  ["A11", "−20", undefined, "-20", false, undefined, false],
  ["A12", "+5", undefined, "5", false, undefined, false],
  ["A13", "1261.66万元", undefined, "1261.66", false, "万元", false],
  ["A14", "20 元", undefined, "20", false, "元", false],
  ["A15", "—", undefined, "0", false, undefined, true],
  ["A16", "-", undefined, "0", false, undefined, true],
  ["A17", "——", undefined, "0", false, undefined, true],
  ["A18", "", undefined, "0", false, undefined, true],
  ["A19", "   ", undefined, "0", false, undefined, true],
  ["A20", null, "#,##0.00", "0", false, undefined, true],
  ["A21", "76.62%", undefined, "0.7662", true, undefined, false],
  ["A22", "76.62 ％", undefined, "0.7662", true, undefined, false],
  ["A23", 0.7662, "0.00%", "0.7662", true, undefined, false],
  ["A24", "¥1,000", undefined, "1000", false, undefined, false],
  ["A25", "-¥1,000.5", undefined, "-1000.5", false, undefined, false],
  ["A26", " 123 ", undefined, "123", false, undefined, false],
  ["A27", "１２３", undefined, "123", false, undefined, false],
  ["A28", ".5", undefined, "0.5", false, undefined, false],
  ["A29", "1.5E+3", undefined, "1500", false, undefined, false],
  ["A30", 123456789012345680, undefined, "123456789012346000", false, undefined, false],
  ["A31", "-0.00", undefined, "0", false, undefined, false],
];

describe("readAmount reads every way an amount appears", () => {
  test.each(readable)("%s: %p (%p)", (_cell, input, format, expected, percent, unit, blank) => {
    const read = readAmount(input, format);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.toString()).toBe(expected);
    expect(read.percent).toBe(percent);
    expect(read.unit).toBe(unit);
    expect(read.blank).toBe(blank);
  });
});

describe("readAmount gives the displayed value next to the stored one", () => {
  test.each([
    ["B1", 1241.655, "#,##0.00", "1241.655", "1241.66"],
    ["B2", -1241.655, "#,##0.00", "-1241.655", "-1241.66"],
    ["B3", 1241.655, "General", "1241.655", "1241.655"],
    ["B4", 1241.655, undefined, "1241.655", "1241.655"],
    ["B5", 2.5, "0", "2.5", "3"],
    ["B6", 0.76624, "0.00%", "0.76624", "0.7662"],
    ["B7", 0.766251, "0.0%", "0.766251", "0.766"],
    ["B8", 0.1 + 0.2, "0.00", "0.3", "0.3"],
    ["B9", "1,241.655", "#,##0.00", "1241.655", "1241.655"],
  ] as [string, CellValue, string | undefined, string, string][])(
    "%s: %p as %p",
    (_c, input, format, stored, shown) => {
      const read = readAmount(input, format);
      expect(read.ok && [read.value.toString(), read.shown.toString()]).toEqual([stored, shown]);
    },
  );
});

describe("readAmount says why it cannot read a cell", () => {
  test.each([
    ["C1", "合计", "label"],
    ["C2", "abc", "label"],
    ["C3", "12abc", "malformed"],
    ["C4", "1.2.3", "malformed"],
    ["C5", "12,41.66", "malformed"],
    ["C6", "(-20)", "malformed"],
    ["C7", "50%元", "malformed"],
    ["C8", "#DIV/0!", "error-value"],
    ["C9", "#N/A", "error-value"],
    ["C10", true, "boolean"],
    ["C11", Number.NaN, "not-finite"],
    ["C12", Number.POSITIVE_INFINITY, "not-finite"],
    ["C13", "--20", "malformed"],
    ["C14", "1e400", "malformed"],
    ["C15", "1e99999999999999999999", "malformed"],
  ] as [string, CellValue, string][])("%s: %p → %s", (_c, input, reason) => {
    expect(readAmount(input)).toEqual({ ok: false, reason, input: String(input === true ? "TRUE" : input) });
  });
});

describe("reading a formatted amount gives it back", () => {
  const amounts = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }));
  const forms = fc.constantFrom("plain", "grouped", "brackets", "fullwidth", "wan");

  test("formatFixed → readAmount is the identity", () => {
    fc.assert(
      fc.property(amounts, forms, ([units, dp], form) => {
        const x = new Dec(units.toString()).dividedBy(new Dec(10).pow(dp));
        let text = formatFixed(x, dp, form !== "plain");
        if (form === "brackets" && x.isNegative()) text = `(${text.slice(1)})`;
        if (form === "fullwidth")
          text = text.replace(/[0-9,.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        if (form === "wan") text += "万元";
        const read = readAmount(text);
        return read.ok && read.value.equals(x) && !read.percent && !read.blank;
      }),
      { numRuns: 1000 },
    );
  });

  test("a number shown to 15 digits reads as those digits", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const read = readAmount(n);
        return read.ok && read.value.equals(new Dec(n.toPrecision(15)));
      }),
    );
  });
});

describe("readAmount never throws and never answers NaN", () => {
  test("for any text", () => {
    const alphabet = fc.constantFrom(..."0123456789,.-+()（）%％元万—－−eE ¥１２．，abc合计#/!".split(""));
    const text = fc.oneof(
      fc.string(),
      fc.array(alphabet, { maxLength: 16 }).map((cs) => cs.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const read = readAmount(t);
        return read.ok ? read.value.isFinite() && read.shown.isFinite() : read.input === t;
      }),
      { numRuns: 3000 },
    );
  });
});
