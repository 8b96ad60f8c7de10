import { Dec } from "./decimal";
import { reconcile, roundingBound } from "./bound";

const d = (s: string) => new Dec(s);

describe("roundingBound = (n+1) × 0.5 × 10^-d", () => {
  test.each([
    [1, 2, "0.01"],
    [13, 2, "0.07"],
    [4, 0, "2.5"],
    [0, 2, "0.005"],
  ] as [number, number, string][])("%d parts at %d places → %s", (n, dp, expected) => {
    expect(roundingBound(n, dp).toString()).toBe(expected);
  });

  test("a negative part count is misuse", () => {
    expect(() => roundingBound(-1, 2)).toThrow(RangeError);
  });
});

describe("reconcile", () => {
  test("the seed's 基本 + 项目 = 合计 balances: 1058.62 + 203.04 = 1261.66", () => {
    const r = reconcile(d("1261.66"), [d("1058.62"), d("203.04")], 2);
    expect([r.sum.toString(), r.difference.toString(), r.bound.toString(), r.verdict]).toEqual([
      "1261.66",
      "0",
      "0.015",
      "balanced",
    ]);
  });

  test("a one-cent tail within the bound is a rounding tail", () => {
    const r = reconcile(d("1241.66"), [d("1000.33"), d("241.32")], 2);
    expect([r.difference.toString(), r.verdict]).toEqual(["0.01", "rounding-tail"]);
  });

  test("a tail larger than the bound is off, with its sign", () => {
    const r = reconcile(d("1241.60"), [d("1000.33"), d("241.32")], 2);
    expect([r.difference.toString(), r.verdict]).toEqual(["-0.05", "off"]);
  });

  test("floating point would get this wrong: 5 + 9.73 + 0.1 + 0.2 = 15.03", () => {
    expect(reconcile(d("15.03"), ["5", "9.73", "0.1", "0.2"].map(d), 2).verdict).toBe("balanced");
  });
});
