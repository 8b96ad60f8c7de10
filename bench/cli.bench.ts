/**
 * The command line on a large department workbook (issue 4 "Benchmark"): a workbook with 20,000 line items written
 * by scripts/generate-large-workbook.js, amounts as numbers and as text. Reading the .xlsx (the reader → snapshot) is
 * timed apart from the engine; the engine runs in a child process that loads the snapshot from JSON, so its peak RSS
 * is the engine's (plus Node and the snapshot), not the reader's. Medians of ≥5 runs after a warm-up (the engine: 21
 * runs after 1 + 5 untimed, the first and the early runs reported apart); the engine is compared with a plain
 * floating-point summation of the same cells in the same process, the two timed in turns.
 * Targets: engine < 200 ms and < 200 MB peak RSS. Figures are printed, never asserted.
 */
import { fork } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbookFile } from "../src/host/xlsx/read-workbook";
import { median } from "./timing";

const ITEMS = 20_000;
/** Timed engine runs after the warm-up (cli-engine-worker.ts): the median of these is the steady figure. */
const RUNS = 21;
const READ_RUNS = 3;
/** A first run slower than this stops the engine runs for that variant (the figure is still reported). */
const ENGINE_BUDGET_MS = Number(process.env.BENCH_ENGINE_BUDGET_MS ?? 20_000);
/** The engine worker is stopped after this long; the result then says so instead of hanging the bench. */
const ENGINE_TIMEOUT_MS = Number(process.env.BENCH_ENGINE_TIMEOUT_MS ?? 120_000);
const ROOT = path.resolve(__dirname, "..", "..");
const WORK = path.join(os.tmpdir(), "budget-check-bench");

interface Generated {
  readonly file: string;
}

// The generator is plain JS in scripts/ (it runs without a build), loaded from the project root.

const { generateLargeWorkbook } = require(path.join(ROOT, "scripts", "generate-large-workbook.js")) as {
  generateLargeWorkbook(options: { items: number; amountsAsText: boolean; file: string }): Promise<Generated>;
};

async function readTimes(file: string) {
  const times: number[] = [];
  let snapshot;
  for (let i = 0; i <= READ_RUNS; i++) {
    const start = process.hrtime.bigint();
    const outcome = await readWorkbookFile(file);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!outcome.ok) throw new Error(`${file}: ${outcome.problem.kind}`);
    snapshot = outcome.snapshot;
    if (i > 0) times.push(ms);
  }
  return { snapshot: snapshot!, readMedianMs: Number(median(times).toFixed(0)), readRuns: times.length };
}

function engineInChild(snapshotFile: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "cli-engine-worker.js"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const timer = setTimeout(() => {
      child.kill();
      resolve({
        engineMedianMs: null,
        note: `the engine did not finish one run within ${ENGINE_TIMEOUT_MS} ms (stopped)`,
      });
    }, ENGINE_TIMEOUT_MS);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve(message as Record<string, unknown>);
      child.kill();
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0 && code !== null) reject(new Error(`engine worker exited with ${code}`));
    });
    child.send({ snapshotFile, runs: RUNS, budgetMs: ENGINE_BUDGET_MS });
  });
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  const results: Record<string, unknown> = {
    items: ITEMS,
    targets: { engineMs: 200, peakRssMB: 200 },
    generator: "scripts/generate-large-workbook.js",
  };
  for (const amountsAsText of [false, true]) {
    const variant = amountsAsText ? "amountsAsText" : "amountsAsNumbers";
    const file = path.join(WORK, `large-${ITEMS}${amountsAsText ? "-text" : ""}.xlsx`);
    if (!existsSync(file)) await generateLargeWorkbook({ items: ITEMS, amountsAsText, file });
    const read = await readTimes(file);
    const snapshotFile = path.join(WORK, `${variant}.snapshot.json`);
    writeFileSync(snapshotFile, JSON.stringify(read.snapshot));
    const rows = read.snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
    results[variant] = {
      file,
      rows,
      readXlsxMedianMs: read.readMedianMs,
      readRuns: read.readRuns,
      ...(await engineInChild(snapshotFile)),
    };
  }
  return results;
}
