/**
 * The command line as a child process (scripts/run-cli-from-source.js), with the hostile suite's only limits:
 * generous hang and memory guards. A run that does not end in time is killed; the heap is capped at 1.5 GB.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
/** Hang guard: a run still going after this long has hung (the slowest case takes seconds). */
export const HANG_GUARD_MS = 120_000;
/** Memory guard: 1.5 GB. */
export const MEMORY_GUARD_KB = 1.5 * 1024 * 1024;

export interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Killed by the hang guard. */
  readonly hung: boolean;
  readonly maxRssKb: number | undefined;
  readonly ms: number;
}

export async function runCliChild(argv: readonly string[]): Promise<ChildRun> {
  const statsFile = path.join(os.tmpdir(), `budget-check-stats-${process.pid}-${Date.now()}-${Math.random()}.json`);
  const started = performance.now();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string; hung: boolean }>(
    (resolve) => {
      execFile(
        process.execPath,
        [
          `--max-old-space-size=${MEMORY_GUARD_KB / 1024}`,
          path.join(ROOT, "scripts", "run-cli-from-source.js"),
          ...argv,
        ],
        {
          cwd: ROOT,
          timeout: HANG_GUARD_MS,
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, BUDGET_CHECK_STATS: statsFile, NO_COLOR: "1" },
          encoding: "utf8",
        },
        (error, stdout, stderr) => {
          const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null;
          resolve({
            code: failure ? (typeof failure.code === "number" ? failure.code : null) : 0,
            stdout,
            stderr,
            hung: failure?.killed === true,
          });
        },
      );
    },
  );
  const ms = performance.now() - started;
  const stats = await fs
    .readFile(statsFile, "utf8")
    .then((text) => JSON.parse(text) as { maxRssKb: number })
    .catch(() => undefined);
  await fs.rm(statsFile, { force: true });
  return { ...result, maxRssKb: stats?.maxRssKb, ms };
}
