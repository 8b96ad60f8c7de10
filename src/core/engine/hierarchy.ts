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

/**
 * 1 for each row that is an item at the top of its total or unit: a code, project or summary line, and in a
 * hierarchical table one with no listed parent code. Worked out once per row (each distinct code's parent once),
 * not again for every group the row falls in.
 */
function topItems(rows: readonly Row[], hierarchical: boolean, present: ReadonlySet<string>): Uint8Array {
  const top = new Uint8Array(rows.length);
  const underParent = new Map<string, boolean>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.kind !== "code" && r.kind !== "project" && r.kind !== "item") continue;
    if (!hierarchical || !r.code) {
      top[i] = 1;
      continue;
    }
    const code = r.code.code;
    let under = underParent.get(code);
    if (under === undefined) underParent.set(code, (under = listedParent(code, present) !== undefined));
    if (!under) top[i] = 1;
  }
  return top;
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
  // No copy where no row has a side (every line table).
  const rows = table.rows.some((r) => r.side !== undefined)
    ? table.rows.filter((r) => r.side === undefined)
    : table.rows;
  const hierarchical = isHierarchical(table);
  // The listed codes matter only to a hierarchical table (a flat one has every item at the top).
  const present = new Set(hierarchical ? rows.filter((r) => r.kind === "code" && r.code).map((r) => r.code!.code) : []);
  const top = topItems(rows, hierarchical, present);
  const total = rows.find((r) => r.kind === "total");
  if (total) {
    const items = rows.filter((_, i) => top[i] === 1);
    const units = rows.filter((r) => r.kind === "unit");
    // A top unit has no other unit's code as a proper prefix: its prefixes looked up, not every pair of units.
    const unitCodes = new Set(units.map((u) => u.unitCode!));
    const topUnits = units.filter((u) => !hasListedPrefix(u.unitCode!, unitCodes));
    const children = items.length > 0 ? items : topUnits;
    if (children.length > 0) groups.push({ parent: total, children });
  }
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.kind !== "unit") continue;
    const code = row.unitCode!;
    // The unit's span (up to the next total or unit outside it), sorted straight into its top items and sub-units.
    const items: Row[] = [];
    const subUnits: Row[] = [];
    for (let i = index + 1; i < rows.length; i++) {
      const next = rows[i]!;
      if (next.kind === "total") break;
      if (next.kind === "unit" && !(next.unitCode!.startsWith(code) && next.unitCode!.length > code.length)) break;
      if (top[i] === 1) items.push(next);
      else if (next.kind === "unit" && next.unitCode!.length === code.length + 3) subUnits.push(next);
    }
    const children = items.length > 0 ? items : subUnits;
    if (children.length > 0) groups.push({ parent: row, children });
  }
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
