/**
 * One run at a time for the ribbon and the pane: a second click waits for the first run, so the reads and writes of
 * two runs never interleave. A run never throws: busy, success and failure are recorded in the results store.
 */
import type { ExcelAction, ResultsStore } from "./results-store";

/** Whether the host can run actions at all, and which requirement sets it lacks when not. */
export interface Readiness {
  readonly ok: boolean;
  readonly missingRequired: readonly string[];
}

export interface RunQueueDeps<Context> {
  /** Opens one batch on the host (Excel.run, or a test's stand-in). */
  readonly run: <T>(batch: (context: Context) => Promise<T>) => Promise<T>;
  readonly store: ResultsStore;
  readonly readiness: () => Readiness;
}

/** Runs one action after the previous one; undefined when it could not run or failed (the store says why). */
export type Perform<Context> = <T>(
  action: ExcelAction,
  work: (context: Context) => Promise<T>,
) => Promise<T | undefined>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRunQueue<Context>(deps: RunQueueDeps<Context>): Perform<Context> {
  const { store } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(action: ExcelAction, work: (context: Context) => Promise<T>): Promise<T | undefined> => {
    const task = async (): Promise<T | undefined> => {
      const readiness = deps.readiness();
      if (!readiness.ok) {
        store.update({ failure: { kind: "unsupported", action, missing: readiness.missingRequired } });
        return undefined;
      }
      store.update({ busy: action });
      try {
        const value = await deps.run(work);
        store.update({ busy: undefined, failure: undefined });
        return value;
      } catch (error) {
        store.update({ busy: undefined, failure: { kind: "failed", action, message: messageOf(error) } });
        return undefined;
      }
    };
    const next = queue.then(task, task);
    queue = next;
    return next;
  };
}
