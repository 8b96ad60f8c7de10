/**
 * A row's amounts by column role: the ReadonlyMap rules read, kept as one small array instead of a hash table and
 * one object per cell. A large table holds one per row (20,000 rows × 9 columns): a fast-path cell (fast-amount.ts)
 * is kept as its integer units and column, and becomes a UnitsAmount only when a rule asks for it (kept, so the
 * same cell always gives the same object). Sums read the units directly (`unitsIn`).
 */
import { UnitsAmount } from "./fast-amount";
import type { Amount, AmountRole } from "./recognise/types";

/** Three slots per amount: role, then the Amount or its units, then the column (−col − 1 for a blank cell). */
type Slot = AmountRole | Amount | number;
const STRIDE = 3;

export class RoleAmounts implements ReadonlyMap<AmountRole, Amount> {
  /**
   * @param slots as described at Slot; the array is kept, not copied.
   * @param row   the 0-based row the fast-path amounts sit on.
   */
  constructor(
    private readonly slots: Slot[] = [],
    private readonly row = 0,
  ) {}

  get size(): number {
    return this.slots.length / STRIDE;
  }

  private indexOf(role: AmountRole): number {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += STRIDE) if (slots[i] === role) return i;
    return -1;
  }

  private at(i: number): Amount {
    const slot = this.slots[i + 1]!;
    if (typeof slot !== "number") return slot as Amount;
    const place = this.slots[i + 2] as number;
    const blank = place < 0;
    const made = new UnitsAmount(slot, undefined, this.row, blank ? -place - 1 : place, blank);
    this.slots[i + 1] = made;
    return made;
  }

  get(role: AmountRole): Amount | undefined {
    const i = this.indexOf(role);
    return i < 0 ? undefined : this.at(i);
  }

  has(role: AmountRole): boolean {
    return this.indexOf(role) >= 0;
  }

  /** The amount's integer units (value × 10^4) without making the amount; undefined when absent or not exact. */
  unitsOf(role: AmountRole): number | undefined {
    const i = this.indexOf(role);
    if (i < 0) return undefined;
    const slot = this.slots[i + 1]!;
    return typeof slot === "number" ? slot : (slot as Amount).units;
  }

  /** Map.set: replaces the amount of a role already present, keeping its place. */
  set(role: AmountRole, amount: Amount): this {
    const i = this.indexOf(role);
    if (i >= 0) this.slots[i + 1] = amount;
    else this.slots.push(role, amount, 0);
    return this;
  }

  forEach(
    callback: (value: Amount, key: AmountRole, map: ReadonlyMap<AmountRole, Amount>) => void,
    thisArg?: unknown,
  ): void {
    for (let i = 0; i < this.slots.length; i += STRIDE)
      callback.call(thisArg, this.at(i), this.slots[i] as AmountRole, this);
  }

  *entries(): MapIterator<[AmountRole, Amount]> {
    for (let i = 0; i < this.slots.length; i += STRIDE) yield [this.slots[i] as AmountRole, this.at(i)];
  }

  *keys(): MapIterator<AmountRole> {
    for (let i = 0; i < this.slots.length; i += STRIDE) yield this.slots[i] as AmountRole;
  }

  *values(): MapIterator<Amount> {
    for (let i = 0; i < this.slots.length; i += STRIDE) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[AmountRole, Amount]> {
    return this.entries();
  }
}

/** An amount's integer units, read without making the amount where the map allows it. */
export function unitsIn(amounts: ReadonlyMap<AmountRole, Amount>, role: AmountRole): number | undefined {
  return amounts instanceof RoleAmounts ? amounts.unitsOf(role) : amounts.get(role)?.units;
}

/** Collects a row's amounts, then hands them over as a RoleAmounts of exactly their size. */
export class ScratchAmounts {
  private readonly slots: (Slot | undefined)[] = [];
  private length = 0;

  /** Starts a row afresh (also after a row whose reading threw). */
  clear(): void {
    this.slots.fill(undefined, 0, this.length);
    this.length = 0;
  }

  has(role: AmountRole): boolean {
    const slots = this.slots;
    for (let i = 0; i < this.length; i += STRIDE) if (slots[i] === role) return true;
    return false;
  }

  /** Adds an amount for a role not yet present (the caller checks `has` first). */
  set(role: AmountRole, amount: Amount): void {
    this.push(role, amount, 0);
  }

  /** Adds a fast-path amount as its units and column (made into a UnitsAmount when asked for). */
  setUnits(role: AmountRole, units: number, col: number, blank: boolean): void {
    this.push(role, units, blank ? -col - 1 : col);
  }

  private push(role: AmountRole, value: Amount | number, place: number): void {
    this.slots[this.length] = role;
    this.slots[this.length + 1] = value;
    this.slots[this.length + 2] = place;
    this.length += STRIDE;
  }

  /** The amounts read on `row`, as their own RoleAmounts; the scratch is then empty (its slots are reused). */
  done(row: number): RoleAmounts {
    const amounts = new RoleAmounts(this.slots.slice(0, this.length) as Slot[], row);
    this.slots.fill(undefined, 0, this.length);
    this.length = 0;
    return amounts;
  }
}
