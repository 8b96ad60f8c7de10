/** Which rows of a line table sum into which: total row, unit rows (101, 101001), 类 = Σ款 = Σ项 when listed. */
import type { RecognisedTable, Row } from "./recognise/types";

export interface SumGroup {
  readonly parent: Row;
  readonly children: readonly Row[];
}

const CLASSIFIED = /^\d{3}(\d{2}){0,2}$/;

function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, -2) : undefined;
}

/** The longest listed code that is a proper prefix: a mistyped 201067 still sits under its 款 20106. */
function listedParent(code: string, present: ReadonlySet<string>): string | undefined {
  for (let length = code.length - 1; length >= 3; length--) {
    const prefix = code.slice(0, length);
    if (present.has(prefix)) return prefix;
  }
  return undefined;
}

/** True when a proper prefix of the code (of any length) is in the set. */
function hasListedPrefix(code: string, listed: ReadonlySet<string>): boolean {
  for (let length = code.length - 1; length >= 1; length--) if (listed.has(code.slice(0, length))) return true;
  return false;
}

/** True when every 款/项 row has its parent row in the table (Shanghai layout): 类 and 款 rows are subtotals. */
const hierarchical = new WeakMap<RecognisedTable, boolean>();

export function isHierarchical(table: RecognisedTable): boolean {
  let known = hierarchical.get(table);
  if (known === undefined) {
    known = computeHierarchical(table);
    hierarchical.set(table, known);
  }
  return known;
}

function computeHierarchical(table: RecognisedTable): boolean {
  // Judged on the distinct codes: a large table repeats a few dozen codes over thousands of rows.
  const listed = new Set<string>();
  for (const r of table.rows) if (r.kind === "code" && r.code && !r.code.malformed) listed.add(r.code.code);
  const present = new Set<string>();
  for (const code of listed) if (CLASSIFIED.test(code)) present.add(code);
  if (present.size === 0) return false;
  let min = Infinity;
  for (const code of present) min = Math.min(min, code.length);
  let deeper = false;
  for (const code of present) {
    if (code.length <= min) continue;
    deeper = true;
    if (!present.has(parentCode(code)!)) return false;
  }
  return deeper;
}

/** Every total/subtotal row with the rows it must equal the sum of. */
export function sumGroups(table: RecognisedTable): SumGroup[] {
  const groups: SumGroup[] = [];
  const rows = table.rows.filter((r) => r.side === undefined);
  const hierarchical = isHierarchical(table);
  // The listed codes matter only to a hierarchical table (a flat one has every item at the top).
  const present = new Set(hierarchical ? rows.filter((r) => r.kind === "code" && r.code).map((r) => r.code!.code) : []);
  const isItem = (r: Row) => r.kind === "code" || r.kind === "project" || r.kind === "item";
  const isTop = (r: Row) => {
    if (!isItem(r)) return false;
    if (!hierarchical || !r.code) return true;
    return listedParent(r.code.code, present) === undefined;
  };
  const total = rows.find((r) => r.kind === "total");
  if (total) {
    const items = rows.filter(isTop);
    const units = rows.filter((r) => r.kind === "unit");
    // A top unit has no other unit's code as a proper prefix: its prefixes looked up, not every pair of units.
    const unitCodes = new Set(units.map((u) => u.unitCode!));
    const topUnits = units.filter((u) => !hasListedPrefix(u.unitCode!, unitCodes));
    const children = items.length > 0 ? items : topUnits;
    if (children.length > 0) groups.push({ parent: total, children });
  }
  rows.forEach((row, index) => {
    if (row.kind !== "unit") return;
    const code = row.unitCode!;
    // The unit's span (up to the next total or unit outside it), sorted straight into its top items and sub-units.
    const items: Row[] = [];
    const subUnits: Row[] = [];
    for (let i = index + 1; i < rows.length; i++) {
      const next = rows[i]!;
      if (next.kind === "total") break;
      if (next.kind === "unit" && !(next.unitCode!.startsWith(code) && next.unitCode!.length > code.length)) break;
      if (isTop(next)) items.push(next);
      else if (next.kind === "unit" && next.unitCode!.length === code.length + 3) subUnits.push(next);
    }
    const children = items.length > 0 ? items : subUnits;
    if (children.length > 0) groups.push({ parent: row, children });
  });
  if (hierarchical) {
    // One pass: each code row under its listed parent (linear, whatever the table's size).
    const parentRow = new Map<string, Row>();
    for (const row of rows)
      if (row.kind === "code" && row.code && !parentRow.has(row.code.code)) parentRow.set(row.code.code, row);
    const children = new Map<Row, Row[]>();
    for (const row of rows) {
      if (row.kind !== "code" || !row.code) continue;
      const parent = listedParent(row.code.code, present);
      const owner = parent === undefined ? undefined : parentRow.get(parent);
      if (!owner || owner === row) continue;
      const list = children.get(owner) ?? [];
      list.push(row);
      children.set(owner, list);
    }
    for (const row of rows) {
      const list = children.get(row);
      if (list) groups.push({ parent: row, children: list });
    }
  }
  return groups;
}
