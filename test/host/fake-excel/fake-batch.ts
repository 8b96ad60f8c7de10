/**
 * The request/sync machinery office-addin-mock does not have: a batch that syncs every mock object created since
 * the last sync, collections whose `items` need load + sync, ClientResults, and writes applied at sync time in the
 * order they were queued (as Excel does). Reading before sync throws here, which is stricter than the mock.
 */
import { OfficeMockObject } from "office-addin-mock";

export class FakeBatch {
  private readonly mocks: OfficeMockObject[] = [];
  private writes: (() => void)[] = [];
  private afterSync: (() => void)[] = [];
  /** Simulates Excel stopping a batch at a failing operation: writes before it stay applied. */
  failAtWrite: number | undefined;
  /** How many writes the last sync carried. */
  writeCount = 0;

  /** An office-addin-mock object whose loaded properties become readable at the next sync. */
  mock(data: Record<string, unknown>): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    this.mocks.push(mock);
    return mock;
  }

  write(apply: () => void): void {
    this.writes.push(apply);
  }

  onSync(apply: () => void): void {
    this.afterSync.push(apply);
  }

  async sync(): Promise<void> {
    // Every mock ever made: an object from an earlier round trip may have properties loaded in this one.
    const [mocks, writes, afterSync] = [this.mocks, this.writes, this.afterSync];
    this.writes = [];
    this.afterSync = [];
    for (const mock of mocks) await mock.sync();
    this.writeCount = writes.length;
    // office-addin-mock updates nested properties in un-awaited callbacks: let them finish.
    await new Promise((resolve) => setImmediate(resolve));
    for (const apply of afterSync) apply();
    writes.forEach((apply, index) => {
      if (index === this.failAtWrite) throw new Error(`simulated failure at write ${index}`);
      apply();
    });
  }
}

/** Excel's ClientResult: `value` only after sync. */
export class FakeClientResult<T> {
  private synced = false;
  constructor(
    batch: FakeBatch,
    private readonly result: T,
  ) {
    batch.onSync(() => (this.synced = true));
  }
  get value(): T {
    if (!this.synced) throw new Error("ClientResult.value read before context.sync()");
    return this.result;
  }
}

/** A collection whose items (office-addin-mock objects) exist only after load("items/…") + sync. */
export class FakeCollection<T extends OfficeMockObject> {
  private loadedItems: T[] | undefined;
  constructor(
    private readonly batch: FakeBatch,
    private readonly makeItems: () => T[],
  ) {}

  load(properties: string): this {
    const items = this.makeItems();
    const itemProperties = properties
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .join(",");
    for (const item of items) item.load(itemProperties);
    this.batch.onSync(() => (this.loadedItems = items));
    return this;
  }

  get items(): T[] {
    if (!this.loadedItems) throw new Error("collection items read before load + context.sync()");
    return this.loadedItems;
  }
}
