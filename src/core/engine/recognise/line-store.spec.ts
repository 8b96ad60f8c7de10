import type { Amount } from "./types";
import { LineStore, type LineFacts } from "./line-store";

const facts = (label: string): LineFacts => ({
  kind: "item",
  label,
  code: undefined,
  codeCol: -1,
  govCode: undefined,
  govName: undefined,
  unitCode: undefined,
});

test("a LineRow reads its line's facts and amounts from the store it is a view of", () => {
  const lines = new LineStore(2, 1, 4, -1); // grows past its capacity of one line
  lines.setUnits("total", 10000, 5, false);
  lines.setUnits("basic", 0, 6, true);
  const first = lines.add(7, facts("行政运行"));
  lines.setUnits("total", 20000, 5, false);
  const second = lines.add(9, facts("一般行政管理事务"));
  expect([first.row, first.label, first.labelCell, first.unitsOf("total"), first.get("basic")?.blank]).toEqual([
    7,
    "行政运行",
    "E8",
    10000,
    true,
  ]);
  expect([second.row, second.label, [...second.keys()], second.get("total")?.cell]).toEqual([
    9,
    "一般行政管理事务",
    ["total"],
    "F10",
  ]);
});

test("a LineRow replaces the amount of a role it holds and refuses a role it does not", () => {
  const lines = new LineStore(1, 1, -1, -1);
  lines.setUnits("total", 10000, 5, false);
  const row = lines.add(3, facts(""));
  const replaced = { units: 5, cell: "F4", row: 3, col: 5, blank: false } as unknown as Amount;
  row.set("total", replaced);
  expect(row.get("total")).toBe(replaced);
  expect(() => row.set("basic", replaced)).toThrow();
});
