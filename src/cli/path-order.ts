/**
 * Puts results that arrive in completion order back into path order. A result waits only while an earlier file is
 * still being checked; files are handed out in path order, so the wait holds about as many results as there are
 * workers, not the whole batch.
 */
export class PathOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly consume: (item: T, index: number) => void) {}

  push(index: number, item: T): void {
    this.waiting.set(index, item);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.consume(ready, this.next++);
    }
  }

  /** How many results are held back (for a test of the bound). */
  get held(): number {
    return this.waiting.size;
  }
}
