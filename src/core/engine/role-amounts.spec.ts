import type { Amount, AmountRole } from "./recognise/types";
import { NO_COLUMN, RoleAmounts, ScratchAmounts, sumColumns, unitsIn } from "./role-amounts";

const amount = (cell: string) => ({ cell }) as unknown as Amount;
const F6 = amount("F6");
const G6 = amount("G6");
const H6 = amount("H6");

describe("RoleAmounts reads like the Map it replaces", () => {
  const map = new Map<AmountRole, Amount>([
    ["total", F6],
    ["basic", G6],
  ]);
  const roles = new RoleAmounts(["total", "basic"], [5, 6], [F6, G6]);

  test("get, has and size", () => {
    expect([roles.get("total"), roles.get("basic"), roles.get("project")]).toEqual([F6, G6, undefined]);
    expect([roles.has("basic"), roles.has("project"), roles.size]).toEqual([true, false, 2]);
  });

  test("iteration in insertion order, as a Map iterates", () => {
    expect([...roles]).toEqual([...map]);
    expect([...roles.keys()]).toEqual(["total", "basic"]);
    expect([...roles.values()]).toEqual([F6, G6]);
    const seen: [AmountRole, Amount][] = [];
    roles.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual([...map.entries()]);
  });

  test("set replaces in place or appends", () => {
    const r = new RoleAmounts(["total"], [5], [F6]);
    r.set("total", G6).set("project", H6);
    expect([...r]).toEqual([
      ["total", G6],
      ["project", H6],
    ]);
  });
});

test("ScratchAmounts hands over each row's amounts separately and starts empty again", () => {
  const scratch = new ScratchAmounts();
  scratch.set("total", F6);
  scratch.set("basic", G6);
  expect(scratch.has("basic")).toBe(true);
  const first = scratch.done(5);
  scratch.set("project", H6);
  const second = scratch.done(6);
  expect([...first]).toEqual([
    ["total", F6],
    ["basic", G6],
  ]);
  expect([...second]).toEqual([["project", H6]]);
  expect(scratch.has("total")).toBe(false);
});

test("a fast-path amount is made on demand, once, with its cell; its units are read without making it", () => {
  const scratch = new ScratchAmounts();
  scratch.setUnits("total", 12416600, 5, false);
  scratch.setUnits("basic", 0, 0, true);
  const amounts = scratch.done(6);
  expect([unitsIn(amounts, "total"), unitsIn(amounts, "basic"), unitsIn(amounts, "project")]).toEqual([
    12416600,
    0,
    undefined,
  ]);
  const total = amounts.get("total")!;
  expect([total.value.toString(), total.cell, total.row, total.col, total.blank]).toEqual([
    "1241.66",
    "F7",
    6,
    5,
    false,
  ]);
  expect(amounts.get("total")).toBe(total);
  const basic = amounts.get("basic")!;
  expect([basic.value.toString(), basic.cell, basic.blank]).toEqual(["0", "A7", true]);
  // The next row, same columns: its own values and blanks.
  scratch.setUnits("total", 50000, 5, false);
  scratch.setUnits("basic", 50000, 0, false);
  const next = scratch.done(7);
  expect([next.get("total")!.cell, next.get("basic")!.cell, next.get("basic")!.blank]).toEqual(["F8", "A8", false]);
  expect(amounts.get("basic")!.blank).toBe(true);
});

describe("sumColumns adds each role over the rows in one pass", () => {
  const units = (n: number | undefined) => ({ units: n }) as unknown as Amount;
  /** A row read on the fast path: units per role, in this order. */
  const fastRow = (roles: AmountRole[], values: number[]) => ({
    amounts: new RoleAmounts(
      roles,
      roles.map((_, i) => i + 5),
      values,
    ),
  });

  test("sums per role, whatever the rows' layouts and kinds of map", () => {
    const rows = [
      fastRow(["total", "basic"], [10_000, 4_000]),
      fastRow(["basic", "total"], [1, 2]),
      {
        amounts: new Map<AmountRole, Amount>([
          ["total", units(5)],
          ["basic", units(7)],
        ]),
      },
    ];
    expect(sumColumns(rows, ["total", "basic"])).toEqual([10_007, 4_008]);
  });

  test("a row without the role: NO_COLUMN; an amount without units: undefined", () => {
    const rows = [
      fastRow(["total", "basic"], [1, 2]),
      {
        amounts: new Map<AmountRole, Amount>([
          ["total", units(undefined)],
          ["basic", units(3)],
        ]),
      },
      fastRow(["total"], [4]),
    ];
    expect(sumColumns(rows, ["total", "basic", "project"])).toEqual([undefined, NO_COLUMN, NO_COLUMN]);
  });

  test("a partial sum beyond the safe integers gives undefined, as money's sumUnits", () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    const rows = [fastRow(["total"], [big]), fastRow(["total"], [5]), fastRow(["total"], [-10])];
    expect(sumColumns(rows, ["total"])).toEqual([undefined]);
    expect(sumColumns([], ["total"])).toEqual([0]);
  });
});
