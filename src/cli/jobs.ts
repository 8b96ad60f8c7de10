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
  const compiled = path.join(__dirname, "worker.js");
  if (existsSync(compiled)) return new Worker(compiled, { workerData: settings });
  const hook = path.resolve(__dirname, "..", "..", "scripts", "register-ts.js");
  const source = path.join(__dirname, "worker.ts");
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData: settings,
  });
}

/** A file whose worker died (a bug or out of memory): reported for that file, the batch goes on. */
function crashed(index: number, file: string, detail: string, settings: JobSettings): JobResult {
  const line = CLI_STRINGS[settings.language].engineFailed(file, detail);
  return unreadable(index, file, "engine-failed", line, settings, detail);
}

/**
 * Checks every file with `jobs` workers; `onResult` is called once per file, in completion order. `ready` is
 * awaited before each next file is handed out: the caller holds the run back while its output is not drained
 * (a slow pipe), so results never pile up in memory.
 */
export async function runJobs(
  files: readonly string[],
  settingsFiles: readonly (string | undefined)[],
  settings: JobSettings,
  jobs: number,
  onResult: (result: JobResult) => void,
  ready: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const count = Math.min(jobs, files.length);
  if (count <= 1) {
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
      const feed = (): void => {
        if (next < files.length) {
          current = next++;
          const settingsFile = settingsFiles[current];
          worker.postMessage({
            index: current,
            file: files[current]!,
            ...(settingsFile !== undefined && { settingsFile }),
          } satisfies WorkerRequest);
        } else {
          current = undefined;
          worker.postMessage(null satisfies WorkerRequest);
        }
      };
      worker.on("message", (result: JobResult) => {
        onResult(result);
        void ready().then(feed);
      });
      worker.on("error", (error) => {
        // The file in hand is reported as failed; a fresh worker takes over the rest.
        if (current !== undefined) onResult(crashed(current, files[current]!, firstLine(error), settings));
        current = undefined;
        if (next < files.length) launch();
      });
      worker.on("exit", () => {
        if (--running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < count; i++) launch();
  });
}
