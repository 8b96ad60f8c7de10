import { sumGroups, type SumGroups } from "./hierarchy";
import type { RecognisedTable, Row, RowKind } from "./recognise/types";

/** A row of the given kind with a code or a unit code and no amounts (sumGroups reads neither amounts nor labels). */
function row(kind: RowKind, code?: string): Row {
  const base = { row: 0, kind, label: "", amounts: new Map() };
  if (kind === "unit") return { ...base, unitCode: code };
  return code === undefined ? base : { ...base, code: { code, raw: code, cell: "A1", repaired: [], malformed: false } };
}

/** Each group as its parent's index and its rows' indices. */
function listed(groups: SumGroups): [number, number[]][] {
  return Array.from({ length: groups.length }, (_, g) => [
    groups.parent(g),
    Array.from(groups.members.subarray(groups.start(g), groups.end(g))),
  ]);
}

const table = (rows: Row[]) => ({ rows }) as unknown as RecognisedTable;

test("the 合计 adds up the top items, each unit its own span's items", () => {
  const rows = [
    row("total"),
    row("unit", "101001"),
    row("code", "2010601"),
    row("code", "2050204"),
    row("unit", "101002"),
    row("code", "2080505"),
  ];
  expect(listed(sumGroups(table(rows)))).toEqual([
    [0, [2, 3, 5]],
    [1, [2, 3]],
    [4, [5]],
  ]);
});

test("without items, the 合计 adds up the top units and a unit its sub-units", () => {
  const rows = [row("total"), row("unit", "101"), row("unit", "101001"), row("unit", "101002"), row("unit", "102")];
  expect(listed(sumGroups(table(rows)))).toEqual([
    [0, [1, 4]],
    [1, [2, 3]],
  ]);
});

test("in a hierarchical table each 类 adds up its 款 and each 款 its 项", () => {
  const rows = [row("total"), row("code", "201"), row("code", "20106"), row("code", "2010601"), row("code", "2010602")];
  expect(listed(sumGroups(table(rows)))).toEqual([
    [0, [1]],
    [1, [2]],
    [2, [3, 4]],
  ]);
});
