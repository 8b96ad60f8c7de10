import type { Amount, AmountRole, RecognisedTable, Row } from "./recognise/types";
import { AmountStore } from "./role-amounts";
import { unitColumns } from "./unit-columns";

const decimal = { cell: "F9", col: 5 } as unknown as Amount;

/** A table of rows read into one store: per row, its roles with units (a number) or a decimal amount (null). */
function tableOf(lines: [AmountRole, number | null][][], extra: Row[] = []): RecognisedTable {
  const store = new AmountStore(2, lines.length);
  const rows: Row[] = lines.map((line, r) => {
    line.forEach(([role, units], c) =>
      units === null ? store.set(role, decimal) : store.setUnits(role, units, 5 + c, false),
    );
    return { row: r, kind: "code", label: "", amounts: store.commit(r) };
  });
  return { rows: [...rows, ...extra] } as unknown as RecognisedTable;
}

test("each role's units by row, NaN where the row has none or a decimal amount; rows of one layout share an id", () => {
  const columns = unitColumns(
    tableOf([
      [
        ["total", 30_000],
        ["basic", 10_000],
      ],
      [
        ["total", null],
        ["basic", 5],
      ],
      [["total", 7]],
    ]),
  );
  expect([...columns.units("total")!]).toEqual([30_000, NaN, 7]);
  expect([...columns.units("basic")!]).toEqual([10_000, 5, NaN]);
  expect(columns.units("project")).toBeUndefined();
  expect([...columns.layoutId]).toEqual([0, 0, 1]);
  expect(columns.layouts).toEqual([["total", "basic"], ["total"]]);
  expect(columns.layoutRow).toEqual([0, 2]);
  expect([columns.has("basic", 1), columns.has("basic", 2)]).toEqual([true, false]);
});

test("a row whose amounts are a plain map has a layout of its own, read by role", () => {
  const mapRow: Row = {
    row: 9,
    kind: "total",
    label: "合计",
    amounts: new Map<AmountRole, Amount>([["basic", { cell: "G10", units: 40 } as unknown as Amount]]),
  };
  const columns = unitColumns(tableOf([[["total", 1]]], [mapRow]));
  expect(columns.layouts).toEqual([["total"], ["basic"]]);
  expect([...columns.units("basic")!]).toEqual([NaN, 40]);
  expect([columns.has("basic", 1), columns.has("total", 1)]).toEqual([true, false]);
});

test("rows out of their store's order, and an amount replaced after reading, give each row its own units", () => {
  const table = tableOf([[["total", 1]], [["total", 2]], [["total", 3]]]);
  const [a, b, c] = table.rows;
  (b!.amounts as Map<AmountRole, Amount>).set("total", { cell: "F2", col: 5, units: 20 } as unknown as Amount);
  const columns = unitColumns({ rows: [c, a, b] } as unknown as RecognisedTable);
  expect([...columns.units("total")!]).toEqual([3, 1, 20]);
  expect([...columns.layoutId]).toEqual([0, 0, 0]);
});

test("a table read in one run from a store of fast-path amounts has its store's units as its columns, blanks as 0", () => {
  const store = new AmountStore(2, 3);
  const rows: Row[] = [
    [100, 40],
    [7, 0],
    [-3, 12],
  ].map(([total, basic], r) => {
    store.setUnits("total", total!, 5, false);
    store.setUnits("basic", basic!, 6, basic === 0);
    return { row: r, kind: "code", label: "", amounts: store.commit(r) };
  });
  const columns = unitColumns({ rows } as unknown as RecognisedTable);
  expect([...columns.units("total")!]).toEqual([100, 7, -3]);
  expect([...columns.units("basic")!]).toEqual([40, 0, 12]);
  expect([...columns.layoutId]).toEqual([0, 0, 0]);
  // The same rows once an amount was replaced are copied, so the replaced amount's units are the column's.
  (rows[1]!.amounts as Map<AmountRole, Amount>).set("total", { cell: "F2", col: 5, units: 70 } as unknown as Amount);
  const copied = unitColumns({ rows: [...rows] } as unknown as RecognisedTable);
  expect([...copied.units("total")!]).toEqual([100, 70, -3]);
});

test("a row read after a cleared one starts with its flags clear: a cleared blank does not make its cell blank", () => {
  const store = new AmountStore(1, 1);
  store.setUnits("total", 0, 5, true);
  store.clear();
  store.setUnits("total", 5, 5, false);
  const amounts = store.commit(0);
  expect(amounts.get("total")!.blank).toBe(false);
  expect(amounts.get("total")!.units).toBe(5);
});
