import { planPayload } from "../../src/host/excel/payload-plan";

const rect = (rows: number, columns: number) => ({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 });

describe("planPayload", () => {
  it("keeps every sheet in one sync when the total fits", () => {
    const plan = planPayload([rect(40, 8), rect(30, 6)], 100, 1_000_000);
    expect(plan.syncs).toHaveLength(1);
    expect(plan.syncs[0]!.map((b) => b.sheet)).toEqual([0, 1]);
    expect(plan.estimatedBytes).toBe((40 * 8 + 30 * 6) * 100);
  });

  it("splits in row bands into as few syncs as the budget allows", () => {
    // 10 columns × 10 bytes = 100 bytes a row; a budget of 1,000 holds 10 rows; 25 + 10 rows need 4 syncs.
    const plan = planPayload([rect(25, 10), rect(10, 10)], 10, 1000);
    expect(plan.syncs).toHaveLength(4);
    expect(plan.syncs.map((bands) => bands.map((b) => [b.sheet, b.range.top, b.range.bottom]))).toEqual([
      [[0, 0, 9]],
      [[0, 10, 19]],
      [
        [0, 20, 24],
        [1, 0, 4],
      ],
      [[1, 5, 9]],
    ]);
  });

  it("reads a row wider than the budget alone rather than never", () => {
    const plan = planPayload([rect(3, 50)], 100, 1000);
    expect(plan.syncs.map((bands) => bands.map((b) => b.range.top))).toEqual([[0], [1], [2]]);
  });

  it("skips a sheet without a used range", () => {
    expect(planPayload([undefined, rect(1, 1)], 10).syncs).toEqual([[{ sheet: 1, range: rect(1, 1) }]]);
  });
});
