/**
 * A worker thread of `--jobs N`: receives {index, file}, answers with the file's JobResult. The run's settings
 * come once as workerData; catalogs are loaded once per worker (catalog-cache.ts).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runFileJob, type JobSettings } from "./file-job";
import { injectFault, testFaultFor } from "./test-fault";

/** What the pool sends: the next file (with its settings file), or null to finish. */
export type WorkerRequest = { readonly index: number; readonly file: string; readonly settingsFile?: string } | null;

function serve(): void {
  const settings = workerData as JobSettings;
  const port = parentPort!;
  port.on("message", (request: WorkerRequest) => {
    if (request === null) {
      port.close();
      return;
    }
    const fault = testFaultFor(request.file);
    if (fault !== undefined) injectFault(fault);
    void runFileJob(request.index, request.file, request.settingsFile, settings).then((result) =>
      port.postMessage(result),
    );
  });
}

if (!isMainThread && parentPort) serve();
