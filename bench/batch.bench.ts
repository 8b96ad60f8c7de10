/**
 * The reviewer's desk (issue 10): copies of the sample workbook (samples/fengquan-2024.xlsx, 10 tables) checked as
 * a folder. Each figure is one run of the command line in a fresh child process (bench/batch-runner.ts), so start-up
 * and worker threads count as they would for a user; output goes nowhere. Figures are printed, never asserted.
 *
 * The machine is shared (other jobs run on the same 2 cores), so each figure is the median of BENCH_BATCH_REPEAT runs
 * (default 3, --jobs 1 and 2 alternating) and every run records the 1-minute load average before it; the spread
 * is printed too.
 *
 * - Throughput: files per second with --jobs 1 and --jobs 2 (--format ndjson), on each count of BENCH_BATCH_FILES
 *   (comma-separated, default "300,1000"), with the main thread's busy share (is it the bottleneck?).
 * - Memory: peak RSS of the whole process for 30 and for 300 files (--jobs 2, ndjson plus the report workbook),
 *   which must stay flat: the run keeps a summary row per file, not the reports.
 * - 10,000 files, extrapolated for each --jobs from the two largest counts: the time per file is the slope between
 *   them (start-up and warm-up cancel out), the fixed cost what is left of the smaller run; 10,000 files take fixed
 *   cost + 10,000 × slope. Also from CPU time, which a busy shared machine disturbs less: the larger run's CPU ms
 *   per file (every thread of the process, start-up included) × 10,000 / the number of cores, i.e. what an
 *   otherwise idle machine would take if the work spread over every core.
 */
import { fork } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const WORK = path.join(os.tmpdir(), "budget-check-batch-bench");
const THROUGHPUT_FILES = (process.env.BENCH_BATCH_FILES ?? "300,1000").split(",").map(Number);
const REPEAT = Math.max(1, Number(process.env.BENCH_BATCH_REPEAT ?? 3));

interface RunFigures {
  readonly code: number;
  readonly lines: number;
  readonly ms: number;
  readonly mainBusy: number;
  readonly cpuMs: number;
  readonly peakRssMB: number;
}

/** A folder of `count` copies of the sample, three to a subfolder so the walk is exercised too. */
function folderOf(count: number): string {
  const folder = path.join(WORK, `copies-${count}`);
  rmSync(folder, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(folder, `group-${Math.floor(i / 3)}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(SAMPLE, path.join(sub, `copy-${i}.xlsx`));
  }
  return folder;
}

function runOnce(argv: readonly string[]): Promise<RunFigures & { load: number }> {
  const load = os.loadavg()[0]!;
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "batch-runner.js"), [JSON.stringify(argv)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", (message) => resolve({ ...(message as RunFigures), load }));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`batch runner exited with ${code}`));
    });
  });
}

const round = (n: number, places = 1) => Number(n.toFixed(places));
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median figures of REPEAT runs of each argv, the argvs taking turns so a change in load hits them alike. */
async function medians(argvs: readonly (readonly string[])[]) {
  const runs: (RunFigures & { load: number })[][] = argvs.map(() => []);
  for (let r = 0; r < REPEAT; r++) for (let k = 0; k < argvs.length; k++) runs[k]!.push(await runOnce(argvs[k]!));
  return runs.map((list) => ({
    seconds: median(list.map((f) => f.ms / 1000)),
    secondsRange: [Math.min(...list.map((f) => f.ms)), Math.max(...list.map((f) => f.ms))].map((ms) =>
      round(ms / 1000, 2),
    ),
    cpuMs: median(list.map((f) => f.cpuMs)),
    mainBusy: median(list.map((f) => f.mainBusy)),
    peakRssMB: median(list.map((f) => f.peakRssMB)),
    lines: list[0]!.lines,
    loadAverage1m: list.map((f) => round(f.load, 1)),
  }));
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  const cores = os.availableParallelism();
  const results: Record<string, unknown> = { sample: "samples/fengquan-2024.xlsx", cores, repeat: REPEAT };

  const perFile: Record<number, { count: number; seconds: number; cpuMs: number }[]> = { 1: [], 2: [] };
  for (const count of THROUGHPUT_FILES) {
    const folder = folderOf(count);
    const [one, two] = await medians([1, 2].map((jobs) => ["--jobs", String(jobs), "--format", "ndjson", folder]));
    for (const [jobs, figures] of [
      [1, one!],
      [2, two!],
    ] as const) {
      perFile[jobs]!.push({ count, seconds: figures.seconds, cpuMs: figures.cpuMs });
      results[`files${count}jobs${jobs}`] = {
        seconds: round(figures.seconds, 2),
        secondsRange: figures.secondsRange,
        filesPerSecond: round(count / figures.seconds),
        cpuMsPerFile: round(figures.cpuMs / count),
        mainThreadBusy: round(figures.mainBusy, 3),
        peakRssMB: round(figures.peakRssMB),
        lines: figures.lines,
        loadAverage1m: figures.loadAverage1m,
      };
    }
    rmSync(folder, { recursive: true, force: true });
  }

  const memory: Record<string, unknown> = {};
  const peaks: number[] = [];
  for (const count of [30, 300]) {
    const folder = folderOf(count);
    const report = path.join(WORK, `report-${count}.xlsx`);
    const [figures] = await medians([["--jobs", "2", "--format", "ndjson", "--report", report, folder]]);
    peaks.push(figures!.peakRssMB);
    memory[`files${count}`] = {
      seconds: round(figures!.seconds, 2),
      peakRssMB: round(figures!.peakRssMB),
      loadAverage1m: figures!.loadAverage1m,
    };
  }
  results.memory = { ...memory, ratio300to30: round(peaks[1]! / peaks[0]!, 2), target: "300 within 1.5× of 30" };

  const extrapolated: Record<string, unknown> = {};
  for (const jobs of [1, 2]) {
    const list = perFile[jobs]!;
    const large = list[list.length - 1]!;
    const small = list.length > 1 ? list[list.length - 2]! : { count: 0, seconds: 0, cpuMs: 0 };
    const slope = (large.seconds - small.seconds) / (large.count - small.count);
    const fixed = Math.max(0, small.seconds - slope * small.count);
    extrapolated[`jobs${jobs}`] = {
      wallClockSeconds: round(fixed + 10_000 * slope, 0),
      idleMachineSeconds: round(((large.cpuMs / large.count) * 10) / cores, 0),
    };
  }
  results.extrapolated10000 = {
    ...extrapolated,
    wallClockHow: `fixed cost + 10,000 × seconds per file, the slope between the ${THROUGHPUT_FILES.join(" and ")}-file runs`,
    idleMachineHow: `CPU ms per file of the largest run (all threads, start-up included) × 10,000 / ${cores} cores`,
    targetSeconds: 180,
  };
  rmSync(WORK, { recursive: true, force: true });
  return results;
}
