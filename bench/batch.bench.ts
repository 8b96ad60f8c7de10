/**
 * The reviewer's desk (issue 10): copies of the sample workbook (samples/fengquan-2024.xlsx, 10 tables) checked as
 * a folder. Each figure is one run of the command line in a fresh child process (bench/batch-runner.ts), so start-up
 * and worker threads count as they would for a user; output goes nowhere. Figures are printed, never asserted.
 *
 * - Throughput: files per second with --jobs 1 and --jobs 2 (--format ndjson), on THROUGHPUT_FILES copies.
 * - Memory: peak RSS of the whole process for 30 and for 300 files (--jobs 2, ndjson plus the report workbook),
 *   which must stay flat: the run keeps a summary row per file, not the reports.
 * - 10,000 files, extrapolated two ways: (a) from the wall clock: fixed cost + 10,000 / (files per second at
 *   --jobs 2), the fixed cost being the 30-file run's time less 30 files at that rate (start-up of the process and
 *   the workers); (b) from CPU time, which a busy shared machine disturbs less: CPU ms per file at --jobs 1
 *   (the run's CPU less the 30-file run's share for start-up is not subtracted: it is small and counted in full)
 *   × 10,000 / the number of cores, i.e. what an otherwise idle machine would take.
 */
import { fork } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const WORK = path.join(os.tmpdir(), "budget-check-batch-bench");
const THROUGHPUT_FILES = Number(process.env.BENCH_BATCH_FILES ?? 100);

interface RunFigures {
  readonly code: number;
  readonly lines: number;
  readonly ms: number;
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

function runOnce(argv: readonly string[]): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "batch-runner.js"), [JSON.stringify(argv)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", (message) => resolve(message as RunFigures));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`batch runner exited with ${code}`));
    });
  });
}

const round = (n: number, places = 1) => Number(n.toFixed(places));

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  const results: Record<string, unknown> = {
    sample: "samples/fengquan-2024.xlsx",
    cores: os.availableParallelism(),
    loadAverage1m: round(os.loadavg()[0]!, 2),
  };

  const many = folderOf(THROUGHPUT_FILES);
  const rates: Record<number, number> = {};
  const cpuPerFile: Record<number, number> = {};
  for (const jobs of [1, 2]) {
    const figures = await runOnce(["--jobs", String(jobs), "--format", "ndjson", many]);
    rates[jobs] = THROUGHPUT_FILES / (figures.ms / 1000);
    cpuPerFile[jobs] = figures.cpuMs / THROUGHPUT_FILES;
    results[`jobs${jobs}`] = {
      files: THROUGHPUT_FILES,
      seconds: round(figures.ms / 1000, 2),
      filesPerSecond: round(rates[jobs]!),
      cpuMsPerFile: round(cpuPerFile[jobs]!),
      peakRssMB: round(figures.peakRssMB),
      lines: figures.lines,
    };
  }

  const memory: Record<string, unknown> = {};
  let thirtySeconds = 0;
  for (const count of [30, 300]) {
    const folder = folderOf(count);
    const report = path.join(WORK, `report-${count}.xlsx`);
    const figures = await runOnce(["--jobs", "2", "--format", "ndjson", "--report", report, folder]);
    if (count === 30) thirtySeconds = figures.ms / 1000;
    memory[`files${count}`] = { seconds: round(figures.ms / 1000, 2), peakRssMB: round(figures.peakRssMB) };
  }
  const peak = (n: number) => (memory[`files${n}`] as { peakRssMB: number }).peakRssMB;
  results.memory = { ...memory, ratio300to30: round(peak(300) / peak(30), 2), target: "300 within 1.5× of 30" };

  const fixedSeconds = Math.max(0, thirtySeconds - 30 / rates[2]!);
  const cores = os.availableParallelism();
  results.extrapolated10000 = {
    fromWallClockSeconds: round(fixedSeconds + 10_000 / rates[2]!, 0),
    fromWallClockHow:
      "fixed cost (30-file run less 30 files at the --jobs 2 rate) + 10,000 / files per second at --jobs 2",
    idleMachineSeconds: round((cpuPerFile[1]! * 10_000) / 1000 / cores, 0),
    idleMachineHow: `CPU ms per file at --jobs 1 (start-up included) × 10,000 / ${cores} cores`,
    targetSeconds: 180,
  };
  rmSync(WORK, { recursive: true, force: true });
  return results;
}
