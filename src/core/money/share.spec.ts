import fc from "fast-check";
import { Dec } from "./decimal";
import { largestRemainderShares, shareOf } from "./share";
import { yearOnYear } from "./change";

const d = (s: string) => new Dec(s);

// Every share the seed's 情况说明 prints (10-情况说明.csv), recomputed by hand from the figures it quotes.
// The arithmetic is right each time; what is wrong is elsewhere: 基本支出 1058.62 / 项目支出 203.04 differ from the
// tables (1038.62 / 223.04), and section 六 calls 1261.66 the 基本支出 while its shares use it as the base.
describe("shareOf: the seed's printed shares", () => {
  test.each([
    ["三", "1058.62", "1261.66", "0.8391"], // 基本支出 占 83.91%
    ["三", "203.04", "1261.66", "0.1609"], // 项目支出 占 16.09%
    ["五", "966.70", "1261.66", "0.7662"], // 一般公共服务 占 76.62%
    ["五", "151.90", "1261.66", "0.1204"], // 社会保障和就业 占 12.04%
    ["五", "40.52", "1261.66", "0.0321"], // 卫生健康 占 3.21%
    ["五", "82.54", "1261.66", "0.0654"], // 住房保障 占 6.54%
    ["五", "20.00", "1261.66", "0.0159"], // 国有资本经营预算 占 1.59%
    ["六", "980.74", "1261.66", "0.7773"], // 人员经费 占 77.73% (of the total, not of 基本支出: that would be 92.64%)
    ["六", "57.88", "1261.66", "0.0459"], // 公用经费 占 4.59% (of 基本支出 1058.62 it would be 5.47%)
    ["六*", "980.74", "1058.62", "0.9264"],
    ["三*", "1038.62", "1261.66", "0.8232"], // the table's 基本支出 would give 82.32%
  ])("section %s: %s / %s → %s", (_section, part, total, share) => {
    expect(shareOf(d(part), d(total), 2)?.toString()).toBe(share);
  });

  test.each([
    ["1", "16", 1, "0.063"],
    ["1", "16", 0, "0.06"],
    ["-1", "16", 1, "-0.063"],
    ["1", "3", 2, "0.3333"],
    ["2", "3", 2, "0.6667"],
    ["1", "8", 0, "0.13"],
  ])("%s / %s at %d → %s (half-up, ties away from zero)", (part, total, dp, share) => {
    expect(shareOf(d(part), d(total), dp)?.toString()).toBe(share);
  });

  test("a zero total has no share", () => {
    expect(shareOf(d("1"), d("0"), 2)).toBeUndefined();
  });
});

describe("largestRemainderShares", () => {
  const shares = (parts: string[], dp: number) => {
    const r = largestRemainderShares(parts.map(d), dp);
    return r.ok ? r.shares.map(String) : r.reason;
  };

  test("the seed's five classes already sum to 100.00%", () => {
    expect(shares(["966.70", "151.90", "40.52", "82.54", "20.00"], 2)).toEqual([
      "0.7662",
      "0.1204",
      "0.0321",
      "0.0654",
      "0.0159",
    ]);
  });

  test.each([
    [["1", "1", "1"], 2, ["0.3334", "0.3333", "0.3333"]], // tie: the earlier part gets the unit
    [["1", "1", "1"], 0, ["0.34", "0.33", "0.33"]],
    [["2", "1", "1", "2"], 0, ["0.33", "0.17", "0.17", "0.33"]],
    [["1", "2", "3"], 0, ["0.17", "0.33", "0.5"]],
    [["0", "5"], 2, ["0", "1"]],
  ] as [string[], number, string[]][])("%p at %d → %p", (parts, dp, expected) => {
    expect(shares(parts, dp)).toEqual(expected);
  });

  test("nothing to share out, or a negative part, is a reason", () => {
    expect(shares(["0", "0"], 2)).toBe("zero-total");
    expect(shares([], 2)).toBe("zero-total");
    expect(shares(["5", "-1"], 2)).toBe("negative-part");
  });

  test("shares of any list sum to exactly 1 and stay within one unit of the exact quotient", () => {
    const cents = fc.array(fc.integer({ min: 0, max: 10_000_000_00 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 6 }), (list, dp) => {
        const parts = list.map((c) => new Dec(c).dividedBy(100));
        const r = largestRemainderShares(parts, dp);
        if (list.every((c) => c === 0)) return !r.ok;
        if (!r.ok) return false;
        const total = parts.reduce((a, b) => a.plus(b), new Dec(0));
        const unit = new Dec(10).pow(-(dp + 2));
        const sum = r.shares.reduce((a, b) => a.plus(b), new Dec(0));
        return (
          sum.equals(1) &&
          r.shares.every((s, i) =>
            s
              .minus((parts[i] ?? d("0")).dividedBy(total))
              .abs()
              .lessThan(unit),
          )
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("yearOnYear", () => {
  test.each([
    ["1261.66", "1177.25", 2, { kind: "change", value: "0.0717" }], // seed 一: 增加 84.41 万元，增长 7.17%
    ["11.00", "11.00", 2, { kind: "change", value: "0" }], // seed 七: 三公 持平
    ["0", "0", 2, { kind: "change", value: "0" }], // seed 四: 政府性基金 0.00 与上年持平
    ["20", "0", 2, { kind: "no-basis" }], // 无可比性, never 增长100%
    ["900", "1000", 1, { kind: "change", value: "-0.1" }],
    ["1", "-5", 2, { kind: "negative-basis" }],
  ])("%s against %s at %d", (current, last, dp, expected) => {
    const r = yearOnYear(d(current), d(last), dp);
    expect(r.kind === "change" ? { kind: r.kind, value: r.value.toString() } : r).toEqual(expected);
  });

  test("dividing the increase by this year instead of last year gives 6.69%, not 7.17%", () => {
    expect(shareOf(d("84.41"), d("1261.66"), 2)?.toString()).toBe("0.0669");
  });
});
