/**
 * Starts the workbook-reading worker. Kept apart from the reader so only the bundle sees `import.meta` (webpack 5
 * bundles the worker from this `new Worker(new URL(…))` form); undefined where the page has no Worker.
 */
import type { ReadWorker } from "../host/browser/read-in-worker";

export function spawnReadWorker(): ReadWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  return new Worker(new URL("../host/browser/read-worker.ts", import.meta.url)) as unknown as ReadWorker;
}
