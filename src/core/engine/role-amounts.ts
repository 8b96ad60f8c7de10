/**
 * A table's amounts by column role. Rows read from a table's amount columns go into one AmountStore: per row and
 * place, the integer units in one Float64Array and a flag byte, the row's number and its layout (roles and columns)
 * in typed arrays. The arrays run place by place (all rows' first amounts, then all their second…), so a run of
 * rows' amounts in one place is one stretch of the array. A large table holds 20,000 rows × 9 columns: as typed
 * arrays they are a handful of allocations the young-generation GC never copies, instead of an array and heap
 * numbers per row. Each row's `amounts` is a RoleAmounts, the ReadonlyMap rules read: a view of (store, index). A
 * fast-path cell (fast-amount.ts) becomes a UnitsAmount only when a rule asks for it (kept, so the same cell always
 * gives the same object); sums read the units directly (unit-columns.ts takes a table read in one run as views of
 * the store's stretches, and copies the units of any other into a typed column per role).
 */
import { UnitsAmount } from "./fast-amount";
import type { Amount, AmountRole } from "./recognise/types";

/** Flag bits of a stored amount. */
const BLANK = 1; // a blank cell (units 0, judged as 0)
const KEPT = 2; // an Amount object is kept for the cell (decimal path, set by hand, or made on request)

interface Layout {
  readonly roles: readonly AmountRole[];
  readonly cols: readonly number[];
}

const NO_LAYOUT: Layout = { roles: [], cols: [] };

/**
 * The amounts of many rows, filled one row at a time: `has`/`set`/`setUnits` the row being read, then `commit`
 * (kept, as a RoleAmounts) or `clear` (dropped). Rows with the same roles in the same columns share one layout,
 * so a rule works out once per layout what it does per row (`RoleAmounts.layout`).
 */
export class AmountStore {
  private units: Float64Array;
  private flags: Uint8Array;
  private rowOf: Int32Array;
  private layoutOf: Uint16Array;
  private readonly layouts: Layout[] = [];
  /** Amount objects by cell (cellOf): few, so a map rather than an array per row. */
  private readonly kept = new Map<number, Amount>();
  private count = 0;
  /** True once an amount object was given (set, replace): only such an amount may sit off its row's sheet and row. */
  private given = false;
  /** True once a cell with words (text with spaces) was read as an amount (holdsWordCells). */
  private wordCells = false;
  /** The row being read: its roles and columns so far (its units and flags go straight into the arrays). */
  private readonly roles: AmountRole[] = [];
  private readonly cols: number[] = [];
  private length = 0;
  private lastLayout = -1;
  /** The layout every row read with `expectedLength` amounts follows (expectLayout), or -1. */
  private expected = -1;
  private expectedLength = -1;

  /**
   * @param width    the most amounts a row holds (the table's amount columns); grows when a row holds more.
   * @param capacity the rows expected; grows when more are committed.
   */
  constructor(
    private width = 1,
    private capacity = 1,
  ) {
    this.width = Math.max(1, width);
    this.capacity = Math.max(1, capacity);
    this.units = new Float64Array(this.width * this.capacity);
    this.flags = new Uint8Array(this.width * this.capacity);
    this.rowOf = new Int32Array(this.capacity);
    this.layoutOf = new Uint16Array(this.capacity);
  }

  /** Rows committed. */
  get rows(): number {
    return this.count;
  }

  // ---- the row being read

  /** Drops the row being read (also after a row whose reading threw), and makes room for the next. */
  clear(): void {
    for (let i = 0; i < this.length; i++) {
      const cell = this.cellOf(this.count, i);
      if ((this.flags[cell]! & KEPT) !== 0) this.kept.delete(cell);
      this.flags[cell] = 0; // the next row read here finds its flags clear (setUnits writes only a blank's)
    }
    this.length = 0;
  }

  has(role: AmountRole): boolean {
    for (let i = 0; i < this.length; i++) if (this.roles[i] === role) return true;
    return false;
  }

  /** Adds an amount for a role not yet present (the caller checks `has` first). */
  set(role: AmountRole, amount: Amount): void {
    this.given = true;
    const cell = this.place(role, amount.col);
    this.units[cell] = 0;
    this.flags[cell] = KEPT;
    this.kept.set(cell, amount);
  }

  /** Adds a fast-path amount as its units and column (made into a UnitsAmount when asked for). */
  setUnits(role: AmountRole, units: number, col: number, blank: boolean): void {
    const cell = this.place(role, col);
    this.units[cell] = units;
    // A cell's flags are clear until a row is read into it (made so, or cleared by `clear`): only a blank's are set.
    if (blank) this.flags[cell] = BLANK;
  }

  /** Notes that a cell read into the store holds words (text with spaces): its rows' cells are not all plain. */
  holdsWordCells(): void {
    this.wordCells = true;
  }

  /** True when some amount of the row being read is not a blank cell. */
  readingHasNonBlank(): boolean {
    return this.anyNonBlank(this.count, this.length);
  }

  /** Keeps the row being read as the amounts on `row` (0-based), and starts the next. */
  commit(row: number): RoleAmounts {
    return new RoleAmounts(this, this.commitRow(row));
  }

  /** commit, answering the row's index in the store (for a caller that makes its RoleAmounts when asked). */
  commitRow(row: number): number {
    if (this.count === this.capacity) this.resize(this.capacity * 2, this.width);
    this.rowOf[this.count] = row;
    this.layoutOf[this.count] = this.length === this.expectedLength ? this.expected : this.layoutOfReading();
    this.length = 0;
    return this.count++;
  }

  /**
   * Declares, before any row is read, that every row read with as many amounts as `roles` holds them in these roles
   * and columns, in this order (a reader that reads each of its columns once, in order, and places each amount it
   * reads): committing such a row then compares no layout (20,000 lines × their amounts).
   */
  expectLayout(roles: readonly AmountRole[], cols: ArrayLike<number>): void {
    if (this.length !== 0 || this.count !== 0) throw new Error("expectLayout before reading");
    for (let i = 0; i < roles.length; i++) {
      this.roles[i] = roles[i]!;
      this.cols[i] = cols[i]!;
    }
    this.length = roles.length;
    this.expected = this.layoutOfReading();
    this.expectedLength = roles.length;
    this.length = 0;
  }

  private place(role: AmountRole, col: number): number {
    // Room is made when needed, not ahead: a store made for its table's rows never grows.
    if (this.count === this.capacity) this.resize(this.capacity * 2, this.width);
    if (this.length === this.width) this.resize(this.capacity, this.width * 2);
    this.roles[this.length] = role;
    this.cols[this.length] = col;
    return this.cellOf(this.count, this.length++);
  }

  /** Where the amount at `place` of row `index` sits in the arrays: place by place, each place `capacity` long. */
  private cellOf(index: number, place: number): number {
    return place * this.capacity + index;
  }

  private layoutOfReading(): number {
    if (this.lastLayout >= 0 && this.sameLayout(this.layouts[this.lastLayout]!)) return this.lastLayout;
    // A loop, not findIndex: an arrow function here would make a context for `this` on every call (every row).
    let found = 0;
    while (found < this.layouts.length && !this.sameLayout(this.layouts[found]!)) found++;
    if (found === this.layouts.length) {
      found = this.layouts.length;
      this.layouts.push({ roles: this.roles.slice(0, this.length), cols: this.cols.slice(0, this.length) });
    }
    return (this.lastLayout = found);
  }

  private sameLayout(layout: Layout): boolean {
    if (layout.roles.length !== this.length) return false;
    for (let i = 0; i < this.length; i++)
      if (layout.roles[i] !== this.roles[i] || layout.cols[i] !== this.cols[i]) return false;
    return true;
  }

  private resize(capacity: number, width: number): void {
    const [units, flags] = [new Float64Array(capacity * width), new Uint8Array(capacity * width)];
    const kept = [...this.kept];
    this.kept.clear();
    // Rows committed and the row being read move to their places in the new length of a place.
    const rows = Math.min(this.count + 1, this.capacity);
    for (let p = 0; p < this.width; p++) {
      const from = p * this.capacity;
      units.set(this.units.subarray(from, from + rows), p * capacity);
      flags.set(this.flags.subarray(from, from + rows), p * capacity);
    }
    for (const [cell, amount] of kept)
      this.kept.set(Math.floor(cell / this.capacity) * capacity + (cell % this.capacity), amount);
    const [rowOf, layoutOf] = [new Int32Array(capacity), new Uint16Array(capacity)];
    rowOf.set(this.rowOf.subarray(0, Math.min(this.count, capacity)));
    layoutOf.set(this.layoutOf.subarray(0, Math.min(this.count, capacity)));
    [this.units, this.flags, this.rowOf, this.layoutOf] = [units, flags, rowOf, layoutOf];
    [this.capacity, this.width] = [capacity, width];
  }

  // ---- committed rows, read through RoleAmounts

  layoutAt(index: number): Layout {
    return this.layouts[this.layoutOf[index]!] ?? NO_LAYOUT;
  }

  rowAt(index: number): number {
    return this.rowOf[index]!;
  }

  /** The units at a place of a committed row; undefined for an amount without them (decimal path). */
  unitsAt(index: number, place: number): number | undefined {
    const cell = this.cellOf(index, place);
    return (this.flags[cell]! & KEPT) !== 0 ? this.kept.get(cell)!.units : this.units[cell];
  }

  /**
   * For `count` committed rows from `index` on, all of one layout: per place p, their units (NaN without them) into
   * columns[p] from `at` on (the unit columns of a table).
   */
  copyUnitsAt(index: number, count: number, columns: readonly Float64Array[], at: number): void {
    // A place's run of rows is one stretch of the array; the few kept amounts are put right after.
    for (let p = 0; p < columns.length; p++) {
      const from = this.cellOf(index, p);
      columns[p]!.set(this.units.subarray(from, from + count), at);
    }
    if (this.kept.size === 0) return;
    for (const [cell, amount] of this.kept) {
      const [place, row] = [Math.floor(cell / this.capacity), cell % this.capacity];
      if (row >= index && row < index + count && place < columns.length)
        columns[place]![at + row - index] = amount.units ?? NaN;
    }
  }

  /**
   * The units of the `count` committed rows from `index` on at `place`, as a view of the store (no copy), when they
   * are what copyUnitsAt would copy: every amount was read on the fast path (none given as an object, so each cell's
   * units are its amount's). Undefined otherwise. A view reads the store: it is for a store that is read to its end.
   */
  unitsView(index: number, count: number, place: number): Float64Array | undefined {
    if (this.given || place >= this.width) return undefined;
    const from = this.cellOf(index, place);
    return this.units.subarray(from, from + count);
  }

  amountAt(index: number, place: number): Amount {
    const cell = this.cellOf(index, place);
    const flags = this.flags[cell]!;
    if ((flags & KEPT) !== 0) return this.kept.get(cell)!;
    const col = this.layoutAt(index).cols[place]!;
    const made = new UnitsAmount(this.units[cell]!, undefined, this.rowOf[index]!, col, (flags & BLANK) !== 0);
    this.flags[cell] = flags | KEPT;
    this.kept.set(cell, made);
    return made;
  }

  /** Replaces the amount at a place of a committed row. */
  replace(index: number, place: number, amount: Amount): void {
    this.given = true;
    const cell = this.cellOf(index, place);
    this.flags[cell] = KEPT;
    this.kept.set(cell, amount);
  }

  hasNonBlankAt(index: number): boolean {
    return this.anyNonBlank(index, this.layoutAt(index).roles.length);
  }

  /** True when every amount of every row sits on its row, on the table's sheet (all read on the fast path). */
  get allOnTheirRows(): boolean {
    return !this.given;
  }

  /**
   * True when every amount of every row was read on its row from a cell that holds no words (a number, empty, or
   * plain number text): sheet-words.ts need not look at those cells again.
   */
  get plainCells(): boolean {
    return !this.given && !this.wordCells;
  }

  /** The sheet columns a committed row's amounts were read from, by place. */
  colsAt(index: number): readonly number[] {
    return this.layoutAt(index).cols;
  }

  /** Calls `place` with the sheet (undefined: the table's own) and row of each amount, as RoleAmounts.forEachPlace. */
  forEachPlaceAt(index: number, place: (sheet: string | undefined, row: number) => void): void {
    // Every amount not kept as an object sits on the row, on the table's sheet: that place is given once.
    let onRow = false;
    const places = this.layoutAt(index).roles.length;
    for (let i = 0; i < places; i++) {
      const cell = this.cellOf(index, i);
      if ((this.flags[cell]! & KEPT) !== 0) {
        const amount = this.kept.get(cell)!;
        place(amount.sheet, amount.row);
      } else if (!onRow) {
        onRow = true;
        place(undefined, this.rowOf[index]!);
      }
    }
  }

  /** True when some of the first `places` amounts of row `index` is not a blank cell. */
  private anyNonBlank(index: number, places: number): boolean {
    for (let i = 0; i < places; i++) {
      const cell = this.cellOf(index, i);
      const flags = this.flags[cell]!;
      if ((flags & KEPT) !== 0 ? !this.kept.get(cell)!.blank : (flags & BLANK) === 0) return true;
    }
    return false;
  }
}

/** One row's amounts: a view of its place in an AmountStore, read like the Map it replaces. */
export class RoleAmounts implements ReadonlyMap<AmountRole, Amount> {
  constructor(
    protected store: AmountStore,
    protected index: number,
  ) {}

  get size(): number {
    return this.layout.length;
  }

  /**
   * The roles in order. Rows read from the same columns share this one array, so a rule can work out once per
   * layout what it does per row.
   */
  get layout(): readonly AmountRole[] {
    return this.store.layoutAt(this.index).roles;
  }

  /** True when this row is the one after `row` in the same store, with the same layout (a run to copy at once). */
  follows(row: RoleAmounts): boolean {
    return this.store === row.store && this.index === row.index + 1 && this.layout === row.layout;
  }

  /** The units by place of this row and the `count - 1` rows that follow it into columns (AmountStore.copyUnitsAt). */
  copyUnits(count: number, columns: readonly Float64Array[], at: number): void {
    this.store.copyUnitsAt(this.index, count, columns, at);
  }

  /** The units at a place of this row and the `count - 1` rows after it, as a view (AmountStore.unitsView). */
  unitsView(count: number, place: number): Float64Array | undefined {
    return this.store.unitsView(this.index, count, place);
  }

  get(role: AmountRole): Amount | undefined {
    const i = this.layout.indexOf(role);
    return i < 0 ? undefined : this.store.amountAt(this.index, i);
  }

  has(role: AmountRole): boolean {
    return this.layout.indexOf(role) >= 0;
  }

  /** The amount's integer units (value × 10^4) without making the amount; undefined when absent or not exact. */
  unitsOf(role: AmountRole): number | undefined {
    const i = this.layout.indexOf(role);
    return i < 0 ? undefined : this.store.unitsAt(this.index, i);
  }

  /** Calls `place` with each sheet (undefined: the table's own) and row an amount sits on, making no amount. */
  /** True when its amounts are known to sit on its own row, on the table's sheet, without reading them. */
  onItsRow(): boolean {
    return this.store.allOnTheirRows;
  }

  /**
   * The sheet row its amounts were read from when each was read there from a cell holding no words (a number,
   * empty, or plain number text: AmountStore.plainCells), else -1. Their columns are `cols`.
   */
  plainRow(): number {
    return this.store.plainCells ? this.store.rowAt(this.index) : -1;
  }

  /** The sheet columns its amounts were read from, by place. */
  get cols(): readonly number[] {
    return this.store.colsAt(this.index);
  }

  forEachPlace(place: (sheet: string | undefined, row: number) => void): void {
    this.store.forEachPlaceAt(this.index, place);
  }

  /** True when some amount is not a blank cell. */
  hasNonBlank(): boolean {
    return this.store.hasNonBlankAt(this.index);
  }

  /** Map.set: replaces the amount of a role already present, keeping its place; a new role is appended. */
  set(role: AmountRole, amount: Amount): this {
    const i = this.layout.indexOf(role);
    if (i >= 0) {
      this.store.replace(this.index, i, amount);
      return this;
    }
    // The row's layout is shared with other rows: the row moves to a store of its own, one place wider.
    const own = new AmountStore(this.layout.length + 1, 1);
    this.forEach((value, key) => own.set(key, value));
    own.set(role, amount);
    own.commit(this.store.rowAt(this.index));
    this.store = own;
    this.index = 0;
    return this;
  }

  forEach(
    callback: (value: Amount, key: AmountRole, map: ReadonlyMap<AmountRole, Amount>) => void,
    thisArg?: unknown,
  ): void {
    const roles = this.layout;
    for (let i = 0; i < roles.length; i++) callback.call(thisArg, this.store.amountAt(this.index, i), roles[i]!, this);
  }

  *entries(): MapIterator<[AmountRole, Amount]> {
    const roles = this.layout;
    for (let i = 0; i < roles.length; i++) yield [roles[i]!, this.store.amountAt(this.index, i)];
  }

  *keys(): MapIterator<AmountRole> {
    yield* this.layout;
  }

  *values(): MapIterator<Amount> {
    const roles = this.layout;
    for (let i = 0; i < roles.length; i++) yield this.store.amountAt(this.index, i);
  }

  [Symbol.iterator](): MapIterator<[AmountRole, Amount]> {
    return this.entries();
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
