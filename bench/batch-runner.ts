/**
 * Child process of bench/batch.bench.ts: runs the command line in-process on argv (JSON in process.argv[2]),
 * throwing its output away but counting the lines, and reports the run's wall time and the process's peak RSS
 * (worker threads live in the same process, so their memory is in it), and how busy the main thread's event loop
 * was (the share of the run it spent working rather than waiting for workers).
 */
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
// Compiled beside main.js so --jobs N finds the worker script in .bench/src/cli/.
import "../src/cli/worker";

async function measure(): Promise<void> {
  const argv = JSON.parse(process.argv[2]!) as string[];
  let lines = 0;
  const start = performance.now();
  const loop = performance.eventLoopUtilization();
  const code = await main(argv, {
    stdout: { write: (t: string) => (lines += t.split("\n").length - 1), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    env: {},
  });
  const ms = performance.now() - start;
  // How busy this (the main) thread was: near 1 would make it the bottleneck of --jobs N.
  const mainBusy = performance.eventLoopUtilization(loop).utilization;
  const usage = process.resourceUsage();
  process.send!({
    code,
    lines,
    ms,
    mainBusy,
    // CPU time of every thread of the process, start-up included (microseconds → ms).
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMB: usage.maxRSS / 1024,
  });
}

void measure();
