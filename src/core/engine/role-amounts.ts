/**
 * A row's amounts by column role: the ReadonlyMap rules read, kept as one small array instead of a hash table and
 * one object per cell. A large table holds one per row (20,000 rows × 9 columns): a fast-path cell (fast-amount.ts)
 * is kept as its integer units and column, and becomes a UnitsAmount only when a rule asks for it (kept, so the
 * same cell always gives the same object). Sums read the units directly (`unitsIn`).
 */
import { UnitsAmount } from "./fast-amount";
import type { Amount, AmountRole } from "./recognise/types";

/** An Amount, or the integer units of a fast-path amount not made yet. */
type Slot = Amount | number;

export class RoleAmounts implements ReadonlyMap<AmountRole, Amount> {
  /**
   * @param roles  the roles in insertion order; the array is kept and may be shared by rows of the same columns.
   * @param cols   the 0-based column of each role (shared likewise).
   * @param slots  per role: the Amount, or its units; kept, not copied.
   * @param blanks bit i set: the amount at i is a blank cell.
   * @param row    the 0-based row the fast-path amounts sit on.
   */
  constructor(
    private roles: readonly AmountRole[] = [],
    private cols: readonly number[] = [],
    private readonly slots: Slot[] = [],
    private readonly blanks = 0,
    private readonly row = 0,
  ) {}

  get size(): number {
    return this.roles.length;
  }

  /**
   * The roles in order. Rows read from the same columns share this one array, so a rule can work out once per
   * layout what it does per row, then read the units by index (`unitsAt`).
   */
  get layout(): readonly AmountRole[] {
    return this.roles;
  }

  /** unitsOf for the role at index i of the layout. */
  unitsAt(i: number): number | undefined {
    const slot = this.slots[i]!;
    return typeof slot === "number" ? slot : slot.units;
  }

  private at(i: number): Amount {
    const slot = this.slots[i]!;
    if (typeof slot !== "number") return slot;
    const made = new UnitsAmount(slot, undefined, this.row, this.cols[i]!, (this.blanks & (1 << i)) !== 0);
    this.slots[i] = made;
    return made;
  }

  get(role: AmountRole): Amount | undefined {
    const i = this.roles.indexOf(role);
    return i < 0 ? undefined : this.at(i);
  }

  has(role: AmountRole): boolean {
    return this.roles.indexOf(role) >= 0;
  }

  /** The amount's integer units (value × 10^4) without making the amount; undefined when absent or not exact. */
  unitsOf(role: AmountRole): number | undefined {
    const i = this.roles.indexOf(role);
    if (i < 0) return undefined;
    const slot = this.slots[i]!;
    return typeof slot === "number" ? slot : slot.units;
  }

  /** Calls `place` with each sheet (undefined: the table's own) and row an amount sits on, making no amount. */
  forEachPlace(place: (sheet: string | undefined, row: number) => void): void {
    // Every amount not made yet sits on the row, on the table's sheet: that place is given once.
    let onRow = false;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i]!;
      if (typeof slot !== "number") place(slot.sheet, slot.row);
      else if (!onRow) {
        onRow = true;
        place(undefined, this.row);
      }
    }
  }

  /** True when some amount is not a blank cell (a blank is always kept as units, so the bits say it). */
  hasNonBlank(): boolean {
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i]!;
      if (typeof slot === "number" ? (this.blanks & (1 << i)) === 0 : !slot.blank) return true;
    }
    return false;
  }

  /** Map.set: replaces the amount of a role already present, keeping its place. */
  set(role: AmountRole, amount: Amount): this {
    const i = this.roles.indexOf(role);
    if (i >= 0) this.slots[i] = amount;
    else {
      // Copied, not changed: the arrays may be shared with other rows.
      this.roles = [...this.roles, role];
      this.cols = [...this.cols, amount.col];
      this.slots.push(amount);
    }
    return this;
  }

  forEach(
    callback: (value: Amount, key: AmountRole, map: ReadonlyMap<AmountRole, Amount>) => void,
    thisArg?: unknown,
  ): void {
    for (let i = 0; i < this.roles.length; i++) callback.call(thisArg, this.at(i), this.roles[i]!, this);
  }

  *entries(): MapIterator<[AmountRole, Amount]> {
    for (let i = 0; i < this.roles.length; i++) yield [this.roles[i]!, this.at(i)];
  }

  *keys(): MapIterator<AmountRole> {
    for (let i = 0; i < this.roles.length; i++) yield this.roles[i]!;
  }

  *values(): MapIterator<Amount> {
    for (let i = 0; i < this.roles.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[AmountRole, Amount]> {
    return this.entries();
  }
}

/** An amount's integer units, read without making the amount where the map allows it. */
export function unitsIn(amounts: ReadonlyMap<AmountRole, Amount>, role: AmountRole): number | undefined {
  return amounts instanceof RoleAmounts ? amounts.unitsOf(role) : amounts.get(role)?.units;
}

/**
 * One role read from many rows (a column's sum, a class's lines): its place is looked up once per row layout, not
 * once per row.
 */
export class RoleReader {
  private layout: readonly AmountRole[] | undefined;
  private place = -1;

  constructor(readonly role: AmountRole) {}

  has(amounts: ReadonlyMap<AmountRole, Amount>): boolean {
    return amounts instanceof RoleAmounts ? this.placeIn(amounts) >= 0 : amounts.has(this.role);
  }

  /** The role's integer units in the row; undefined when absent or not exact (as unitsIn). */
  units(amounts: ReadonlyMap<AmountRole, Amount>): number | undefined {
    if (!(amounts instanceof RoleAmounts)) return amounts.get(this.role)?.units;
    const place = this.placeIn(amounts);
    return place < 0 ? undefined : amounts.unitsAt(place);
  }

  private placeIn(amounts: RoleAmounts): number {
    if (amounts.layout !== this.layout) {
      this.layout = amounts.layout;
      this.place = this.layout.indexOf(this.role);
    }
    return this.place;
  }
}

/** The sheet (undefined: the table's own) and row of every amount, made only where the map holds them made. */
export function forEachAmountPlace(
  amounts: ReadonlyMap<AmountRole, Amount>,
  place: (sheet: string | undefined, row: number) => void,
): void {
  if (amounts instanceof RoleAmounts) amounts.forEachPlace(place);
  else for (const a of amounts.values()) place(a.sheet, a.row);
}

/** True when some amount is not a blank cell. */
export function hasNonBlank(amounts: ReadonlyMap<AmountRole, Amount>): boolean {
  if (amounts instanceof RoleAmounts) return amounts.hasNonBlank();
  for (const a of amounts.values()) if (!a.blank) return true;
  return false;
}

/**
 * Collects a row's amounts, then hands them over as a RoleAmounts of exactly their size. Rows with the same roles in
 * the same columns (every row of a line table, as a rule) share one roles array and one columns array.
 */
export class ScratchAmounts {
  private readonly roles: AmountRole[] = [];
  private readonly cols: number[] = [];
  private readonly slots: (Slot | undefined)[] = [];
  private blanks = 0;
  private length = 0;
  private sharedRoles: readonly AmountRole[] = [];
  private sharedCols: readonly number[] = [];

  /** Starts a row afresh (also after a row whose reading threw). */
  clear(): void {
    this.slots.fill(undefined, 0, this.length);
    this.length = 0;
    this.blanks = 0;
  }

  has(role: AmountRole): boolean {
    for (let i = 0; i < this.length; i++) if (this.roles[i] === role) return true;
    return false;
  }

  /** Adds an amount for a role not yet present (the caller checks `has` first). */
  set(role: AmountRole, amount: Amount): void {
    this.push(role, amount, amount.col);
  }

  /** Adds a fast-path amount as its units and column (made into a UnitsAmount when asked for). */
  setUnits(role: AmountRole, units: number, col: number, blank: boolean): void {
    if (blank) this.blanks |= 1 << this.length;
    this.push(role, units, col);
  }

  private push(role: AmountRole, value: Slot, col: number): void {
    // Roles are distinct, and there are fewer than 31 of them (AMOUNT_ROLES): the blank bits fit one integer.
    this.roles[this.length] = role;
    this.cols[this.length] = col;
    this.slots[this.length] = value;
    this.length++;
  }

  /** The amounts read on `row`, as their own RoleAmounts; the scratch is then empty (its slots are reused). */
  done(row: number): RoleAmounts {
    if (!this.sameLayout()) {
      this.sharedRoles = this.roles.slice(0, this.length);
      this.sharedCols = this.cols.slice(0, this.length);
    }
    const amounts = new RoleAmounts(
      this.sharedRoles,
      this.sharedCols,
      this.slots.slice(0, this.length) as Slot[],
      this.blanks,
      row,
    );
    this.clear();
    return amounts;
  }

  private sameLayout(): boolean {
    if (this.sharedRoles.length !== this.length) return false;
    for (let i = 0; i < this.length; i++)
      if (this.sharedRoles[i] !== this.roles[i] || this.sharedCols[i] !== this.cols[i]) return false;
    return true;
  }
}

/** A column some row has no amount in (sumColumns). */
export const NO_COLUMN = "missing";

const FAILED = 1;
const ABSENT = 2;

/**
 * Per role, the exact sum of the rows' amounts in integer units, in one pass over the rows (each row's places looked
 * up once per layout): the sum; undefined when some amount has no units or a partial sum leaves the safe integers
 * (as money's sumUnits); NO_COLUMN when some row has no amount for the role.
 */
export function sumColumns(
  rows: readonly { readonly amounts: ReadonlyMap<AmountRole, Amount> }[],
  roles: readonly AmountRole[],
): (number | undefined | typeof NO_COLUMN)[] {
  const n = roles.length;
  const sums: number[] = new Array<number>(n).fill(0);
  const state = new Uint8Array(n);
  const add = (j: number, units: number | undefined) => {
    if (units === undefined) {
      state[j]! |= FAILED;
      return;
    }
    const sum = sums[j]! + units;
    if (Number.isSafeInteger(sum)) sums[j] = sum;
    else state[j]! |= FAILED;
  };
  let layout: readonly AmountRole[] | undefined;
  let places: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const amounts = rows[i]!.amounts;
    if (amounts instanceof RoleAmounts) {
      if (amounts.layout !== layout) {
        const roleList = (layout = amounts.layout);
        places = roles.map((role) => roleList.indexOf(role));
      }
      for (let j = 0; j < n; j++) {
        const place = places[j]!;
        if (place < 0) state[j]! |= FAILED | ABSENT;
        else if ((state[j]! & FAILED) === 0) add(j, amounts.unitsAt(place));
      }
    } else {
      for (let j = 0; j < n; j++) {
        const amount = amounts.get(roles[j]!);
        if (amount === undefined) state[j]! |= FAILED | ABSENT;
        else if ((state[j]! & FAILED) === 0) add(j, amount.units);
      }
    }
  }
  return sums.map((sum, j) => (state[j] === 0 ? sum : (state[j]! & ABSENT) !== 0 ? NO_COLUMN : undefined));
}
