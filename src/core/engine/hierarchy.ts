/** Which rows of a line table sum into which: total row, unit rows (101, 101001), 类 = Σ款 = Σ项 when listed. */
import { oncePer } from "./once-per";
import type { RecognisedTable } from "./recognise/types";
import {
  CODE_MALFORMED,
  KIND_CODE,
  KIND_ITEM,
  KIND_PROJECT,
  KIND_TOTAL,
  KIND_UNIT,
  rowFacts,
  SIDED,
  type RowFacts,
} from "./row-facts";

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
 * 1 for each row that is an item at the top of its total or unit: a code, project or summary line (not a sided
 * one), and in a hierarchical table one with no listed parent code. Read from the row facts, each distinct code's
 * parent looked up once, not again for every group the row falls in.
 */
function topItems(facts: RowFacts, hierarchical: boolean, present: ReadonlySet<string>): Uint8Array {
  const { kinds, flags, codeIndex, codes } = facts;
  const top = new Uint8Array(kinds.length);
  const underParent = hierarchical ? codes.map((code) => listedParent(code, present) !== undefined) : [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    if ((kind !== KIND_CODE && kind !== KIND_PROJECT && kind !== KIND_ITEM) || (flags[i]! & SIDED) !== 0) continue;
    const c = codeIndex[i]!;
    if (!hierarchical || c < 0 || !underParent[c]!) top[i] = 1;
  }
  return top;
}

/** True when every 款/项 row has its parent row in the table (Shanghai layout): 类 and 款 rows are subtotals. */
export const isHierarchical: (table: RecognisedTable) => boolean = oncePer(computeHierarchical);

function computeHierarchical(table: RecognisedTable): boolean {
  // Judged on the distinct codes: a large table repeats a few dozen codes over thousands of rows.
  const { kinds, flags, codeIndex, codes } = rowFacts(table);
  // Each code once, by its index: not a set lookup per row.
  const seen = new Uint8Array(codes.length);
  const listed: string[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const c = codeIndex[i]!;
    if (kinds[i] === KIND_CODE && c >= 0 && (flags[i]! & CODE_MALFORMED) === 0 && seen[c] === 0) {
      seen[c] = 1;
      listed.push(codes[c]!);
    }
  }
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

/**
 * Every total/subtotal row with the rows it must equal the sum of, as indices in table.rows. The groups' rows sit
 * in one typed list, each group a stretch of it: a large table's groups list every line twice (its unit and the 合计),
 * and a list per group would be tens of thousands of young objects for the GC to copy.
 */
export interface SumGroups {
  readonly length: number;
  /** Group g's total or subtotal row. */
  parent(g: number): number;
  /** Group g adds up members[start(g)] … members[end(g) - 1], in table order. */
  start(g: number): number;
  end(g: number): number;
  readonly members: Int32Array;
}

class GroupList implements SumGroups {
  members: Int32Array;
  private readonly parents: number[] = [];
  /** starts[g] and starts[g + 1]: group g's stretch; the last entry is the open group's start. */
  private readonly starts: number[] = [0];
  private size = 0;

  /** @param capacity the members expected (grows when more are added). */
  constructor(capacity: number) {
    this.members = new Int32Array(Math.max(64, capacity));
  }

  get length(): number {
    return this.parents.length;
  }

  parent(g: number): number {
    return this.parents[g]!;
  }

  start(g: number): number {
    return this.starts[g]!;
  }

  end(g: number): number {
    return this.starts[g + 1]!;
  }

  /** Adds a row to the open group. */
  add(row: number): void {
    if (this.size === this.members.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.members);
      this.members = grown;
    }
    this.members[this.size++] = row;
  }

  /** Rows added to the open group since it opened. */
  get open(): number {
    return this.size - this.starts[this.starts.length - 1]!;
  }

  /** Closes the open group as the sum of `parent` (dropped when it has no rows). */
  close(parent: number): void {
    if (this.open === 0) return;
    this.parents.push(parent);
    this.starts.push(this.size);
  }
}

export function sumGroups(table: RecognisedTable): SumGroups {
  // A line sits in its unit's group and in its total's (more in a hierarchy): room for two each, made at once, not
  // grown by doubling from a few (20,000 lines left 500 KB of outgrown lists behind).
  const groups = new GroupList(2 * table.rows.length);
  // Sided rows (a summary table's two sides) are no part of these groups: they are passed over below.
  const facts = rowFacts(table);
  const { kinds, flags, codeIndex, codes } = facts;
  const all = table.rows;
  const n = kinds.length;
  const unsided = (i: number) => (flags[i]! & SIDED) === 0;
  const codeRow = (i: number) => kinds[i] === KIND_CODE && codeIndex[i]! >= 0 && unsided(i);
  const hierarchical = isHierarchical(table);
  // The listed codes matter only to a hierarchical table (a flat one has every item at the top).
  const present = new Set<string>();
  if (hierarchical) for (let i = 0; i < n; i++) if (codeRow(i)) present.add(codes[codeIndex[i]!]!);
  const top = topItems(facts, hierarchical, present);
  let total = -1;
  for (let i = 0; i < n && total < 0; i++) if (kinds[i] === KIND_TOTAL && unsided(i)) total = i;
  if (total >= 0) {
    // The top items; without any, the top units.
    const units: number[] = [];
    for (let i = 0; i < n; i++) {
      if (top[i] === 1) groups.add(i);
      else if (kinds[i] === KIND_UNIT && unsided(i)) units.push(i);
    }
    if (groups.open === 0) {
      // A top unit has no other unit's code as a proper prefix: its prefixes looked up, not every pair of units.
      const unitCodes = new Set(units.map((u) => all[u]!.unitCode!));
      for (const u of units) if (!hasListedPrefix(all[u]!.unitCode!, unitCodes)) groups.add(u);
    }
    groups.close(total);
  }
  const subUnits: number[] = [];
  for (let index = 0; index < n; index++) {
    if (kinds[index] !== KIND_UNIT || !unsided(index)) continue;
    const code = all[index]!.unitCode!;
    // The unit's span (up to the next total or unit outside it): its top items, or without any its sub-units.
    subUnits.length = 0;
    for (let i = index + 1; i < n; i++) {
      if (!unsided(i)) continue;
      const kind = kinds[i]!;
      if (kind === KIND_TOTAL) break;
      if (top[i] === 1) groups.add(i);
      else if (kind === KIND_UNIT) {
        const next = all[i]!.unitCode!;
        if (!(next.startsWith(code) && next.length > code.length)) break;
        if (next.length === code.length + 3) subUnits.push(i);
      }
    }
    if (groups.open === 0) for (const u of subUnits) groups.add(u);
    groups.close(index);
  }
  if (hierarchical) {
    // One pass: each code row under its listed parent (linear, whatever the table's size), by distinct code.
    const parentRow = new Int32Array(codes.length).fill(-1);
    for (let i = 0; i < n; i++) if (codeRow(i) && parentRow[codeIndex[i]!] === -1) parentRow[codeIndex[i]!] = i;
    const codeOf = new Map<string, number>(codes.map((code, c) => [code, c]));
    const ownerOf = codes.map((code) => {
      const parent = listedParent(code, present);
      return parent === undefined ? -1 : parentRow[codeOf.get(parent)!]!;
    });
    const children = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      if (!codeRow(i)) continue;
      const owner = ownerOf[codeIndex[i]!]!;
      if (owner < 0 || owner === i) continue;
      const list = children.get(owner) ?? [];
      list.push(i);
      children.set(owner, list);
    }
    for (let i = 0; i < n; i++) {
      const list = children.get(i);
      if (!list) continue;
      for (const child of list) groups.add(child);
      groups.close(i);
    }
  }
  return groups;
}
