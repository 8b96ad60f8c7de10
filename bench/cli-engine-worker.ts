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
  /** Stop after the warm-up when it alone takes longer than this (the figure is still reported). */
  readonly budgetMs: number;
}

function timed(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
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

process.on("message", (request: WorkerRequest) => {
  const snapshot = JSON.parse(readFileSync(request.snapshotFile, "utf8")) as WorkbookSnapshot;
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  let findings = 0;
  const warmUp = timed(() => (findings = checkWorkbook(snapshot).findings.length));
  const engineRuns: number[] = [];
  if (warmUp <= request.budgetMs)
    for (let i = 0; i < request.runs; i++) engineRuns.push(timed(() => checkWorkbook(snapshot)));
  let checksum = 0;
  timed(() => (checksum = floatSum(snapshot)));
  const floatRuns = Array.from({ length: Math.max(request.runs, 5) }, () =>
    timed(() => (checksum = floatSum(snapshot))),
  );
  const engineMs = engineRuns.length > 0 ? median(engineRuns) : warmUp;
  const floatMs = median(floatRuns);
  process.send!({
    engineMedianMs: Number(engineMs.toFixed(2)),
    engineRuns: engineRuns.length,
    engineWarmUpMs: Number(warmUp.toFixed(2)),
    ...(engineRuns.length === 0 && {
      note: `warm-up alone took over ${request.budgetMs} ms: no further runs, the figure is the warm-up`,
    }),
    floatSumMedianMs: Number(floatMs.toFixed(3)),
    ratioEngineToFloatSum: Number((engineMs / floatMs).toFixed(1)),
    findings,
    floatChecksum: checksum,
    rssBeforeEngineMB: Number(rssBeforeMB.toFixed(1)),
    peakRssMB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  });
});
