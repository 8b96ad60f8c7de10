/**
 * A row's amounts by column role: the ReadonlyMap rules read, kept as one small array of role/amount pairs instead
 * of a hash table. A large table holds one per row (20,000 rows × 9 columns), where a Map costs three times the
 * memory; a row has at most a few dozen roles, so a scan is as quick as hashing.
 */
import type { Amount, AmountRole } from "./recognise/types";

export class RoleAmounts implements ReadonlyMap<AmountRole, Amount> {
  /** role0, amount0, role1, amount1, … in insertion order. */
  private pairs: (AmountRole | Amount)[];

  /** Pairs as `pairs` holds them; the array is kept, not copied. */
  constructor(pairs: (AmountRole | Amount)[] = []) {
    this.pairs = pairs;
  }

  get size(): number {
    return this.pairs.length / 2;
  }

  private indexOf(role: AmountRole): number {
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === role) return i;
    return -1;
  }

  get(role: AmountRole): Amount | undefined {
    const i = this.indexOf(role);
    return i < 0 ? undefined : (this.pairs[i + 1] as Amount);
  }

  has(role: AmountRole): boolean {
    return this.indexOf(role) >= 0;
  }

  /** Map.set: replaces the amount of a role already present, keeping its place. */
  set(role: AmountRole, amount: Amount): this {
    const i = this.indexOf(role);
    if (i >= 0) this.pairs[i + 1] = amount;
    else this.pairs.push(role, amount);
    return this;
  }

  forEach(
    callback: (value: Amount, key: AmountRole, map: ReadonlyMap<AmountRole, Amount>) => void,
    thisArg?: unknown,
  ): void {
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i += 2)
      callback.call(thisArg, pairs[i + 1] as Amount, pairs[i] as AmountRole, this);
  }

  *entries(): MapIterator<[AmountRole, Amount]> {
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i += 2) yield [pairs[i] as AmountRole, pairs[i + 1] as Amount];
  }

  *keys(): MapIterator<AmountRole> {
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i += 2) yield pairs[i] as AmountRole;
  }

  *values(): MapIterator<Amount> {
    const pairs = this.pairs;
    for (let i = 1; i < pairs.length; i += 2) yield pairs[i] as Amount;
  }

  [Symbol.iterator](): MapIterator<[AmountRole, Amount]> {
    return this.entries();
  }
}

/** Collects a row's amounts (has/set as on a Map), then hands them over as a RoleAmounts of exactly their size. */
export class ScratchAmounts {
  private readonly pairs: (AmountRole | Amount | undefined)[] = [];
  private length = 0;

  clear(): void {
    this.length = 0;
  }

  has(role: AmountRole): boolean {
    const pairs = this.pairs;
    for (let i = 0; i < this.length; i += 2) if (pairs[i] === role) return true;
    return false;
  }

  /** Adds a role not yet present (readAmounts checks `has` first). */
  set(role: AmountRole, amount: Amount): void {
    this.pairs[this.length] = role;
    this.pairs[this.length + 1] = amount;
    this.length += 2;
  }

  /** The amounts read, as their own RoleAmounts; the scratch is then empty (its slots are reused, not freed). */
  done(): RoleAmounts {
    const amounts = new RoleAmounts(this.pairs.slice(0, this.length) as (AmountRole | Amount)[]);
    this.pairs.fill(undefined, 0, this.length);
    this.length = 0;
    return amounts;
  }
}
