import fc from "fast-check";
import { Dec } from "./decimal";
import { fromExcelNumber, toExcelNumber } from "./excel-number";
import {
  ExactSum,
  fromUnits,
  shareOfNumbers,
  sumUnits,
  tenThousandths,
  textTenThousandths,
  UNITS_PER_ONE,
} from "./integer-path";
import { readAmount } from "./read-amount";
import { formatFixed } from "./format";
import { shareOf } from "./share";

describe("tenThousandths", () => {
  test.each([
    [1261.66, 12616600],
    [0.1 + 0.2, 3000], // Excel shows 0.3: read through its 15 digits
    [1e-7, undefined],
    [123456789012.34567, undefined],
    [0.3, 3000],
    [-20, -200000],
    [0.00005, undefined],
    [1 / 3, undefined],
    [1e15, undefined],
    [0, 0],
  ] as [number, number | undefined][])("%p → %p", (n, k) => {
    expect(tenThousandths(n)).toBe(k);
  });
});

describe("the integer path agrees with the Dec path", () => {
  const amount = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
    fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 10000),
    // Dec keeps 40 significant digits: amounts from 10^-6 to 10^14 sum exactly within that.
    fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e14, max: 1e14 })
      .filter((n) => n === 0 || Math.abs(n) >= 1e-6),
  );

  test("tenThousandths, whenever it answers, is Excel's 15-digit reading × 10^4", () => {
    const near = fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -8, max: 8 })).map(([k, ulps]) => {
      let n = k / 10000;
      for (let i = 0; i < Math.abs(ulps); i += 1)
        n = ulps > 0 ? n + Math.abs(n) * 2 ** -52 : n - Math.abs(n) * 2 ** -52;
      return n;
    });
    fc.assert(
      fc.property(fc.oneof(amount, near, fc.double({ noNaN: true })), (n) => {
        const k = tenThousandths(n);
        return k === undefined || (Number.isFinite(n) && fromExcelNumber(n).times(10000).equals(k));
      }),
      { numRuns: 5000 },
    );
  });

  test("ExactSum equals the decimal sum of the 15-digit readings", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 60 }), (list) => {
        const sum = new ExactSum();
        list.forEach((n) => sum.addNumber(n));
        const expected = list.reduce((a, n) => a.plus(fromExcelNumber(n)), new Dec(0));
        return sum.value.equals(expected);
      }),
      { numRuns: 500 },
    );
  });

  test("ExactSum stays exact past 2^53 units", () => {
    const sum = new ExactSum();
    for (let i = 0; i < 20; i += 1) sum.addNumber(99999999999.9999);
    expect(sum.value.toString()).toBe("1999999999999.998");
  });

  test("shareOfNumbers equals shareOf turned into a number, whenever it answers", () => {
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 10 }), (part, total, dp) => {
        const fast = shareOfNumbers(part, total, dp);
        if (fast === undefined) return true;
        const exact = shareOf(fromExcelNumber(part), fromExcelNumber(total), dp);
        return exact !== undefined && Object.is(fast, toExcelNumber(exact));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    [966.7, 1261.66, 2, 0.7662],
    [1, 16, 1, 0.063],
    [-1, 16, 1, -0.063],
    [1, -8, 0, -0.13],
    [0, 5, 2, 0],
  ])("shareOfNumbers(%p, %p, %p) = %p", (part, total, dp, expected) => {
    expect(shareOfNumbers(part, total, dp)).toBe(expected);
  });
});

describe("textTenThousandths", () => {
  test.each([
    ["1,241.66", 12416600],
    ["-20", -200000],
    [" 0.5 ", 5000],
    ["-0.00", 0],
    ["1.", 10000],
    ["1,24.5", undefined],
    ["0.00001", undefined],
    ["(20)", undefined],
    ["１２３", undefined],
    ["100000000000", undefined], // 10^15 units: too large for the fast path
  ] as [string, number | undefined][])("%p → %p", (text, k) => {
    expect(textTenThousandths(text)).toBe(k);
  });

  test("whenever it answers, it agrees with readAmount", () => {
    const text = fc
      .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 6 }), fc.boolean())
      .map(([units, dp, grouping]) =>
        formatFixed(new Dec(units.toString()).dividedBy(new Dec(10).pow(dp)), dp, grouping),
      );
    fc.assert(
      fc.property(text, (t) => {
        const k = textTenThousandths(t);
        const read = readAmount(t);
        return k === undefined || (read.ok && read.value.equals(new Dec(k).dividedBy(10000)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the integer unit (1/10^4) and its sums", () => {
  test("fromUnits is k / 10^4 exactly", () => {
    expect(fromUnits(12416600).toString()).toBe("1241.66");
    expect(fromUnits(-1).toString()).toBe("-0.0001");
    expect(fromUnits(UNITS_PER_ONE).toString()).toBe("1");
  });

  test("sumUnits adds known counts exactly and gives up on an unknown one or past 2^53", () => {
    const parts = [{ u: 9666700 }, { u: 2949900 }, { u: -100 }];
    expect(sumUnits(parts, (p) => p.u)).toBe(12616500);
    expect(sumUnits([], (p: { u: number }) => p.u)).toBe(0);
    expect(sumUnits([{ u: 1 }, { u: undefined }], (p) => p.u)).toBeUndefined();
    expect(sumUnits([{ u: Number.MAX_SAFE_INTEGER }, { u: 1 }], (p) => p.u)).toBeUndefined();
  });
});
