import type { Amount, AmountRole } from "./recognise/types";
import { AmountStore, type RoleAmounts } from "./role-amounts";

const amount = (cell: string) => ({ cell }) as unknown as Amount;
const F6 = amount("F6");
const G6 = amount("G6");
const H6 = amount("H6");

/** One row of amounts kept as objects, in this order, read on row 5 (0-based) of columns 5, 6 …. */
function objectRow(entries: [AmountRole, Amount][], store = new AmountStore(entries.length, 1)): RoleAmounts {
  entries.forEach(([role, a]) => store.set(role, a));
  return store.commit(5);
}

describe("RoleAmounts reads like the Map it replaces", () => {
  const map = new Map<AmountRole, Amount>([
    ["total", F6],
    ["basic", G6],
  ]);
  const roles = objectRow([
    ["total", F6],
    ["basic", G6],
  ]);

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
    const r = objectRow([["total", F6]]);
    r.set("total", G6).set("project", H6);
    expect([...r]).toEqual([
      ["total", G6],
      ["project", H6],
    ]);
  });
});

test("AmountStore hands over each row's amounts separately and starts empty again", () => {
  const scratch = new AmountStore(2, 1);
  scratch.set("total", F6);
  scratch.set("basic", G6);
  expect(scratch.has("basic")).toBe(true);
  const first = scratch.commit(5);
  scratch.set("project", H6);
  const second = scratch.commit(6);
  expect([...first]).toEqual([
    ["total", F6],
    ["basic", G6],
  ]);
  expect([...second]).toEqual([["project", H6]]);
  expect(scratch.has("total")).toBe(false);
});

test("a fast-path amount is made on demand, once, with its cell; its units are read without making it", () => {
  const scratch = new AmountStore(2, 1);
  scratch.setUnits("total", 12416600, 5, false);
  scratch.setUnits("basic", 0, 0, true);
  const amounts = scratch.commit(6);
  expect([amounts.unitsOf("total"), amounts.unitsOf("basic"), amounts.unitsOf("project")]).toEqual([
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
  const next = scratch.commit(7);
  expect([next.get("total")!.cell, next.get("basic")!.cell, next.get("basic")!.blank]).toEqual(["F8", "A8", false]);
  expect(amounts.get("basic")!.blank).toBe(true);
});

test("AmountStore grows in rows and places, keeping what it holds and the row being read", () => {
  const store = new AmountStore(1, 1);
  store.setUnits("total", 10, 5, false);
  const first = store.commit(3);
  store.setUnits("total", 20, 5, false);
  store.set("basic", G6); // wider than the store was made for
  store.setUnits("project", 0, 7, true);
  const second = store.commit(4);
  store.set("total", F6);
  store.setUnits("basic", 30, 6, false);
  const third = store.commit(9); // more rows than the store was made for
  expect([...first.keys()]).toEqual(["total"]);
  expect([first.unitsOf("total"), first.get("total")!.cell]).toEqual([10, "F4"]);
  expect([...second.keys()]).toEqual(["total", "basic", "project"]);
  expect([second.unitsOf("total"), second.get("basic"), second.get("project")!.blank]).toEqual([20, G6, true]);
  expect([third.get("total"), third.unitsOf("basic"), third.get("basic")!.cell]).toEqual([F6, 30, "G10"]);
  expect([first.hasNonBlank(), store.rows]).toEqual([true, 3]);
});

test("a dropped row leaves nothing behind", () => {
  const store = new AmountStore(2, 2);
  store.set("total", F6);
  store.setUnits("basic", 0, 6, true);
  expect(store.readingHasNonBlank()).toBe(true);
  store.clear();
  store.setUnits("basic", 0, 6, true);
  expect(store.readingHasNonBlank()).toBe(false);
  const row = store.commit(2);
  expect([[...row.keys()], row.get("basic")!.blank, row.hasNonBlank(), store.rows]).toEqual([
    ["basic"],
    true,
    false,
    1,
  ]);
});

test("AmountStore.expectLayout: full rows take the declared layout, shorter rows their own", () => {
  const store = new AmountStore(2, 2);
  store.expectLayout(["total", "basic"], [5, 6]);
  store.setUnits("total", 10000, 5, false);
  store.setUnits("basic", 20000, 6, false);
  const full = store.commit(7);
  store.setUnits("basic", 30000, 6, false); // the row's total cell was unreadable
  const short = store.commit(8);
  expect([full.layout, full.unitsOf("basic"), full.get("basic")?.cell]).toEqual([["total", "basic"], 20000, "G8"]);
  expect([short.layout, short.unitsOf("basic"), short.unitsOf("total")]).toEqual([["basic"], 30000, undefined]);
  expect(() => store.expectLayout(["total"], [5])).toThrow();
});

test("rows read on the fast path are known to sit on their own row; an amount object given may sit elsewhere", () => {
  const fast = new AmountStore(1, 2);
  fast.setUnits("total", 10, 5, false);
  const row = fast.commit(3);
  expect(row.onItsRow()).toBe(true);
  const places: [string | undefined, number][] = [];
  row.forEachPlace((sheet, r) => places.push([sheet, r]));
  expect(places).toEqual([[undefined, 3]]);
  const given = new AmountStore(1, 1);
  given.set("total", { sheet: "续表", row: 40 } as unknown as Amount);
  expect(given.commit(3).onItsRow()).toBe(false);
  row.set("total", { sheet: "续表", row: 41 } as unknown as Amount);
  expect(row.onItsRow()).toBe(false);
});
