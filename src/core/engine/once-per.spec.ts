import { oncePer } from "./once-per";

describe("oncePer", () => {
  it("derives a fact once per object and hands the same answer to every later asker", () => {
    const asked: object[] = [];
    const sizeOf = oncePer((table: { rows: number[] }) => {
      asked.push(table);
      return { size: table.rows.length };
    });
    const a = { rows: [1, 2, 3] };
    const b = { rows: [4] };
    const first = sizeOf(a);
    expect(sizeOf(a)).toBe(first);
    expect(sizeOf(b)).toEqual({ size: 1 });
    expect(first).toEqual({ size: 3 });
    expect(asked).toEqual([a, b]);
  });

  it("keeps a false answer too (it is not asked again)", () => {
    let calls = 0;
    const isEmpty = oncePer((table: { rows: number[] }) => {
      calls++;
      return table.rows.length === 0;
    });
    const table = { rows: [1] };
    expect(isEmpty(table)).toBe(false);
    expect(isEmpty(table)).toBe(false);
    expect(calls).toBe(1);
  });
});
