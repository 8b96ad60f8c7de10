/**
 * Runs the files of a batch: in worker threads for --jobs N > 1, in this thread for --jobs 1 (no start-up cost,
 * and the same function either way, so the results do not depend on N). Files are handed out in path order, one
 * at a time to whichever worker is free; each result is passed on as soon as it arrives (completion order).
 */
import { existsSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { runFileJob, unreadable, type JobResult, type JobSettings } from "./file-job";
import { firstLine } from "./first-line";
import { CLI_STRINGS } from "./strings";
import { testWorkerLimits } from "./test-fault";
import type { WorkerRequest } from "./worker";

/** --jobs by default: the number of cores the process may use. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/**
 * The worker's script: the compiled worker.js beside this file, or (running from the TypeScript sources, as under
 * jest) worker.ts loaded through scripts/register-ts.js.
 */
function startWorker(settings: JobSettings): Worker {
  const limits = testWorkerLimits();
  // env as this module sees it (Node's default is the process's own; under jest the test's copy differs).
  // A worker's young generation held to 8 MB: a file's garbage is short-lived, and V8's larger default let each
  // worker's heap grow with the number of files (--jobs 2 --report, 30 → 300 sample copies: 180 → 278 MB peak;
  // with 8 MB: 156 → 208 MB, no slower; a 20,000-item workbook takes the same time and memory either way).
  const resourceLimits = { maxYoungGenerationSizeMb: 8, ...limits };
  const options = { workerData: settings, env: process.env, resourceLimits };
  const compiled = path.join(__dirname, "worker.js");
  if (existsSync(compiled)) return new Worker(compiled, options);
  const hook = path.resolve(__dirname, "..", "..", "scripts", "register-ts.js");
  const source = path.join(__dirname, "worker.ts");
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`, {
    ...options,
    eval: true,
  });
}

/** How a worker died while it held a file: what the file's one line says. */
export type WorkerDeath =
  | { readonly kind: "error"; readonly detail: string }
  | { readonly kind: "out-of-memory" }
  | { readonly kind: "exit"; readonly code: number }
  | { readonly kind: "timeout"; readonly seconds: number };

/** A file whose worker died (a bug, process.exit, out of memory, too slow): reported for that file, the batch goes on. */
function crashed(index: number, file: string, death: WorkerDeath, settings: JobSettings): JobResult {
  const line = CLI_STRINGS[settings.language].workerDied(file, death);
  const detail = death.kind === "error" ? death.detail : undefined;
  return unreadable(index, file, death.kind === "timeout" ? "timeout" : "worker-failed", line, settings, detail);
}

export interface PoolOptions {
  /** Worker threads; 1 checks in this thread unless a timeout asks for a worker. */
  readonly jobs: number;
  /** --timeout: a file still running after this many seconds is stopped and reported (workers only). */
  readonly timeoutSeconds?: number;
}

/** Up to this many files, --jobs 1 checks them in this thread. */
export const IN_THREAD_FILES = 20;

/**
 * Checks every file with `jobs` workers; `onResult` is called once per file, in completion order. `ready` is
 * awaited before each next file is handed out: the caller holds the run back while its output is not drained
 * (a slow pipe), so results never pile up in memory.
 *
 * A worker that dies while it holds a file (an uncaught exception, process.exit, its heap exhausted, stopped past
 * the timeout) costs that file only: it is reported as unreadable with one line saying how, and a fresh worker
 * takes over the files not yet handed out. Every file gets exactly one result.
 */
export async function runJobs(
  files: readonly string[],
  settingsFiles: readonly (string | undefined)[],
  settings: JobSettings,
  pool: PoolOptions,
  onResult: (result: JobResult) => void,
  ready: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const count = Math.min(pool.jobs, files.length);
  if (count === 0) return;
  // With --jobs 1 a handful of files run in this thread (starting a worker costs more than they take); more run in
  // one worker: a worker's heap is held small (startWorker), while this thread's, checking file after file, grew
  // with the run (--jobs 1, 2,000 sample copies: 405 MB peak in this thread, 198 MB with a worker, 10,000: 1.4 GB).
  if (count === 1 && files.length <= IN_THREAD_FILES && pool.timeoutSeconds === undefined) {
    for (let i = 0; i < files.length; i++) {
      await ready();
      onResult(await runFileJob(i, files[i]!, settingsFiles[i], settings));
    }
    return;
  }
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const launch = (): void => {
      const worker = startWorker(settings);
      running++;
      let current: number | undefined;
      let death: WorkerDeath | undefined;
      let timer: NodeJS.Timeout | undefined;
      let alive = true;
      const feed = (): void => {
        if (!alive) return; // died between files: its replacement takes the next one
        if (next < files.length) {
          current = next++;
          const settingsFile = settingsFiles[current];
          worker.postMessage({
            index: current,
            file: files[current]!,
            ...(settingsFile !== undefined && { settingsFile }),
          } satisfies WorkerRequest);
          if (pool.timeoutSeconds !== undefined) {
            const seconds = pool.timeoutSeconds;
            timer = setTimeout(() => {
              death = { kind: "timeout", seconds };
              void worker.terminate();
            }, seconds * 1000);
          }
        } else {
          current = undefined;
          worker.postMessage(null satisfies WorkerRequest);
        }
      };
      worker.on("message", (result: JobResult) => {
        clearTimeout(timer);
        current = undefined;
        onResult(result);
        void ready().then(feed);
      });
      worker.on("error", (error: Error & { code?: string }) => {
        death ??=
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { kind: "out-of-memory" }
            : { kind: "error", detail: firstLine(error) };
      });
      // "exit" comes after "error", and alone for process.exit or terminate(): the one place a death is handled.
      worker.on("exit", (code) => {
        clearTimeout(timer);
        alive = false;
        running--;
        if (current !== undefined) {
          onResult(crashed(current, files[current]!, death ?? { kind: "exit", code }, settings));
          current = undefined;
        }
        // A worker that ends normally has been told there is nothing left; one that died leaves files to others.
        if (next < files.length) launch();
        if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < count; i++) launch();
  });
}
