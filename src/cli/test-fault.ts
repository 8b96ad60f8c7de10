/**
 * Fault injection for the tests of the worker pool (test/cli/worker-crash.test.ts): makes a worker thread die on a
 * named file in one of the ways a real one can (an uncaught exception, process.exit, running out of its heap, an
 * endless loop), so the tests can show that only that file is lost.
 *
 * It is driven by one environment variable and honoured only when NODE_ENV is "test" (jest sets it), so a user's
 * environment cannot switch it on by accident. The file is matched by its exact path as the pool hands it out, never
 * by anything read from the workbook, so no workbook can trigger it.
 *
 *   BUDGET_CHECK_TEST_FAULT='{"faults":{"/tmp/x/b.xlsx":"exit"},"workerHeapMB":128}'
 */
import type { ResourceLimits } from "node:worker_threads";

export const TEST_FAULT_VARIABLE = "BUDGET_CHECK_TEST_FAULT";

export type TestFault = "throw" | "exit" | "oom" | "hang";

interface TestFaultPlan {
  readonly faults?: Readonly<Record<string, TestFault>>;
  /** The worker's old-generation heap, so the "oom" fault ends in a moment rather than at the default limit. */
  readonly workerHeapMB?: number;
}

function plan(env: NodeJS.ProcessEnv = process.env): TestFaultPlan | undefined {
  const text = env[TEST_FAULT_VARIABLE];
  if (env.NODE_ENV !== "test" || text === undefined) return undefined;
  try {
    return JSON.parse(text) as TestFaultPlan;
  } catch {
    return undefined;
  }
}

/** The fault planned for this exact path, if any. */
export function testFaultFor(file: string): TestFault | undefined {
  const fault = plan()?.faults?.[file];
  return fault === "throw" || fault === "exit" || fault === "oom" || fault === "hang" ? fault : undefined;
}

/** The heap limit the tests give workers; none outside tests (a worker gets Node's default). */
export function testWorkerLimits(): ResourceLimits | undefined {
  const mb = plan()?.workerHeapMB;
  return typeof mb === "number" && mb > 0 ? { maxOldGenerationSizeMb: mb } : undefined;
}

/** Dies the planned way. Called in a worker thread only, before the file is read. */
export function injectFault(fault: TestFault): void {
  switch (fault) {
    case "throw":
      // Called from the worker's message listener: nothing catches this, as nothing would catch a bug there.
      throw new Error("injected fault");
    case "exit":
      process.exit(3);
      return;
    case "oom": {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
    }
    case "hang":
      for (;;) {
        // an endless loop that never yields, as a runaway rule would be
      }
  }
}
