import { inCheck, oncePer } from "./once-per";

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

  it("inside a check, derives once for the check and keeps nothing after it: the next check derives again", () => {
    const asked: object[] = [];
    const sizeOf = oncePer((table: { rows: number[] }) => {
      asked.push(table);
      return table.rows.length;
    });
    const table = { rows: [1, 2] };
    expect(inCheck(() => [sizeOf(table), sizeOf(table)])).toEqual([2, 2]);
    expect(asked).toEqual([table]);
    table.rows.push(3);
    expect(inCheck(() => sizeOf(table))).toBe(3);
    expect(asked).toEqual([table, table]);
  });

  it("a check inside a check has facts of its own, and the outer check's are there again after it", () => {
    let calls = 0;
    const fact = oncePer((_key: object) => ++calls);
    const key = {};
    const seen = inCheck(() => [fact(key), inCheck(() => fact(key)), fact(key)]);
    expect(seen).toEqual([1, 2, 1]);
  });

  it("a check that throws leaves no facts behind for calls outside a check", () => {
    let calls = 0;
    const fact = oncePer((_key: object) => ++calls);
    const key = {};
    expect(() =>
      inCheck(() => {
        fact(key);
        throw new Error("rule failed");
      }),
    ).toThrow("rule failed");
    expect([fact(key), fact(key)]).toEqual([2, 2]);
  });
});
