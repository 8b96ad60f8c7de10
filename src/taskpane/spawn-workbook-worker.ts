/**
 * Starts the browser mode's worker (source/workbook-worker.ts). Kept apart so only the bundle sees `import.meta`
 * (webpack 5 bundles the worker from this `new Worker(new URL(…))` form); undefined where the page has no Worker.
 */
import type { WorkbookWorker } from "./source";

export function spawnWorkbookWorker(): WorkbookWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  return new Worker(new URL("./source/workbook-worker.ts", import.meta.url)) as unknown as WorkbookWorker;
}
