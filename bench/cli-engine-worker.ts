/**
 * Child process of bench/cli.bench.ts: loads a workbook snapshot (JSON written by the parent after reading the
 * .xlsx), then times the engine and a plain floating-point summation of the same cells, and reports its peak RSS —
 * so the engine's memory is measured without the reader's.
 */
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../src/core/engine";
import type { WorkbookSnapshot } from "../src/core/grid/snapshot";
import { median } from "./timing";

interface WorkerRequest {
  readonly snapshotFile: string;
  readonly runs: number;
  /** Stop after the first run when it alone takes longer than this (the figure is still reported). */
  readonly budgetMs: number;
}

/** CPU milliseconds of this process so far: on a shared machine, wall time counts the other jobs' turns too. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall time of fn in ms; its CPU time is pushed onto `cpu` when given. */
function timed(fn: () => unknown, cpu?: number[]): number {
  const cpuStart = cpuMs();
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  cpu?.push(cpuMs() - cpuStart);
  return ms;
}

/** The baseline: every cell that holds an amount (a number, or text that parses as one) added as a double. */
function floatSum(snapshot: WorkbookSnapshot): number {
  let sum = 0;
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values)
      for (const value of row) {
        if (typeof value === "number") sum += value;
        else if (typeof value === "string" && value !== "") {
          const n = Number(value);
          if (!Number.isNaN(n)) sum += n;
        }
      }
  return sum;
}

/** Runs after the first before any is timed: V8 compiles the engine's hot loops in these (its steady state). */
const WARM_UP_RUNS = 5;

process.on("message", (request: WorkerRequest) => {
  const snapshot = JSON.parse(readFileSync(request.snapshotFile, "utf8")) as WorkbookSnapshot;
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  let findings = 0;
  // The first run (cold: nothing compiled yet) and the early runs are reported apart from the steady median.
  const firstRun = timed(() => (findings = checkWorkbook(snapshot).findings.length));
  const earlyRuns: number[] = [];
  const engineRuns: number[] = [];
  const engineCpu: number[] = [];
  let checksum = 0;
  const floatRuns: number[] = [];
  const floatCpu: number[] = [];
  for (let i = 0; i <= WARM_UP_RUNS; i++) timed(() => (checksum = floatSum(snapshot)));
  if (firstRun <= request.budgetMs) {
    for (let i = 0; i < WARM_UP_RUNS; i++) earlyRuns.push(timed(() => checkWorkbook(snapshot)));
    // Engine and float sum taken in turns: a machine that slows down or speeds up midway (other jobs, clock changes)
    // then moves both medians alike instead of tilting the ratio.
    for (let i = 0; i < request.runs; i++) {
      engineRuns.push(timed(() => checkWorkbook(snapshot), engineCpu));
      floatRuns.push(timed(() => (checksum = floatSum(snapshot)), floatCpu));
    }
  }
  while (floatRuns.length < 5) floatRuns.push(timed(() => (checksum = floatSum(snapshot)), floatCpu));
  const engineMs = engineRuns.length > 0 ? median(engineRuns) : firstRun;
  const floatMs = median(floatRuns);
  const cpuRatio = engineCpu.length > 0 ? median(engineCpu) / median(floatCpu) : undefined;
  process.send!({
    engineMedianMs: Number(engineMs.toFixed(2)),
    engineRuns: engineRuns.length,
    engineFirstRunMs: Number(firstRun.toFixed(2)),
    ...(earlyRuns.length > 0 && { engineEarlyRunsMedianMs: Number(median(earlyRuns).toFixed(2)) }),
    ...(engineRuns.length === 0 && {
      note: `the first run alone took over ${request.budgetMs} ms: no further runs, the figure is the first run`,
    }),
    floatSumMedianMs: Number(floatMs.toFixed(3)),
    ratioEngineToFloatSum: Number((engineMs / floatMs).toFixed(1)),
    // The same ratio on CPU time (medians): steadier when other jobs share the cores.
    ...(cpuRatio !== undefined && {
      engineCpuMedianMs: Number(median(engineCpu).toFixed(2)),
      floatSumCpuMedianMs: Number(median(floatCpu).toFixed(3)),
      ratioEngineToFloatSumCpu: Number(cpuRatio.toFixed(1)),
    }),
    findings,
    floatChecksum: checksum,
    rssBeforeEngineMB: Number(rssBeforeMB.toFixed(1)),
    peakRssMB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  });
});
