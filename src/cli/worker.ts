/**
 * A worker thread of `--jobs N`: receives {index, file}, answers with the file's JobResult. The run's settings
 * come once as workerData; the catalog file, when given, is loaded once per worker.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Catalog } from "../core/catalog/types";
import { runFileJob, type JobSettings } from "./file-job";
import { loadCatalogFile } from "./load-catalog";

/** What the pool sends: the next file, or null to finish. */
export type WorkerRequest = { readonly index: number; readonly file: string } | null;

function serve(): void {
  const settings = workerData as JobSettings;
  const port = parentPort!;
  const catalog: Promise<Catalog | undefined> =
    settings.catalogFile === undefined
      ? Promise.resolve(undefined)
      : loadCatalogFile(settings.catalogFile, settings.year).then((loaded) => (loaded.ok ? loaded.catalog : undefined));
  port.on("message", (request: WorkerRequest) => {
    if (request === null) {
      port.close();
      return;
    }
    void catalog
      .then((loaded) => runFileJob(request.index, request.file, settings, loaded))
      .then((result) => port.postMessage(result));
  });
}

if (!isMainThread && parentPort) serve();
