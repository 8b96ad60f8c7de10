/**
 * The hostile-input cases of issue #9 through the command line (`npm run bench -- hostile`): each workbook written
 * by scripts/generate-hostile-fixtures.js (and a long table by scripts/generate-large-workbook.js) is checked by a
 * child process running the CLI from source (scripts/run-cli-from-source.js); printed per case: exit code, wall
 * time, the child's own time and its peak resident memory. Figures are printed, never asserted (test/hostile holds
 * the hang and memory guards). BENCH_HOSTILE_ROWS sets the long table's line items (default 200,000; 0 skips it).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeMarkRecord, encodeMarkRecord } from "../src/host/excel/mark-record";
import { timings } from "./timing";

const ROOT = path.resolve(__dirname, "..", "..");
const WORK = path.join(os.tmpdir(), "budget-check-bench-hostile");
const ROWS = Number(process.env.BENCH_HOSTILE_ROWS ?? 200_000);
/** A case still running after this long is stopped and reported as such. */
const TIMEOUT_MS = Number(process.env.BENCH_HOSTILE_TIMEOUT_MS ?? 600_000);

// The generators are plain JS in scripts/ (they run without a build), loaded from the project root.
const { generateHostileFixtures, HOSTILE_CASES } = require(
  path.join(ROOT, "scripts", "generate-hostile-fixtures.js"),
) as {
  generateHostileFixtures(dir: string, names?: readonly string[]): Promise<Record<string, string>>;
  HOSTILE_CASES: readonly string[];
};
const { generateLargeWorkbook } = require(path.join(ROOT, "scripts", "generate-large-workbook.js")) as {
  generateLargeWorkbook(options: { items: number; amountsAsText: boolean; file: string }): Promise<unknown>;
};

interface CaseFigures {
  readonly exitCode: number | string | null;
  readonly wallMs: number;
  readonly cliMs?: number;
  readonly peakRssMB?: number;
  readonly note?: string;
}

function measure(argv: readonly string[]): Promise<CaseFigures> {
  const stats = path.join(WORK, `stats-${process.pid}.json`);
  rmSync(stats, { force: true });
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "scripts", "run-cli-from-source.js"), ...argv],
      {
        cwd: ROOT,
        timeout: TIMEOUT_MS,
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, BUDGET_CHECK_STATS: stats, NO_COLOR: "1" },
      },
      (error) => {
        const wallMs = Math.round(performance.now() - started);
        const failure = error as (Error & { code?: unknown; killed?: boolean }) | null;
        let figures: { maxRssKb: number; ms: number } | undefined;
        try {
          figures = JSON.parse(readFileSync(stats, "utf8")) as { maxRssKb: number; ms: number };
        } catch {
          figures = undefined;
        }
        resolve({
          exitCode: failure ? ((failure.code as number | string | undefined) ?? null) : 0,
          wallMs,
          ...(figures && { cliMs: Math.round(figures.ms), peakRssMB: Math.round(figures.maxRssKb / 1024) }),
          ...(failure?.killed && { note: `stopped after ${TIMEOUT_MS} ms` }),
        });
      },
    );
  });
}

/** Reading a marks record of about `bytes`: a valid one, and shapes that made the old parser backtrack. */
function markRecordFigures(bytes: number): Record<string, number> {
  const entry = { sheet: "部门支出预算表", cell: "F6", original: { pattern: "None" }, markColour: "#F4A582" };
  const valid = encodeMarkRecord({ entries: Array.from({ length: Math.ceil(bytes / 90) }, () => entry) });
  const shapes: Record<string, string> = {
    valid,
    unterminatedTags: "<marks".repeat(Math.ceil(bytes / 6)),
    openedNeverClosed: "<marks>".repeat(Math.ceil(bytes / 7)),
  };
  const figures: Record<string, number> = {};
  for (const [name, xml] of Object.entries(shapes))
    figures[`${name}MedianMs`] = timings(5, () => decodeMarkRecord(xml)).median;
  return figures;
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  const files = await generateHostileFixtures(WORK, HOSTILE_CASES);
  const results: Record<string, unknown> = {
    runner: "scripts/run-cli-from-source.js (child process; first run includes transpiling)",
  };
  // One warm-up run fills the transpile cache, so the cases measure checking, not start-up.
  await measure(["--version"]);
  for (const name of HOSTILE_CASES) results[name] = await measure(["--lang", "en", files[name]!]);
  results["all-cases-json-and-report"] = await measure([
    "--format",
    "json",
    "--report",
    path.join(WORK, "all.xlsx"),
    ...HOSTILE_CASES.map((name) => files[name]!),
  ]);
  results["mark-record-30KB"] = markRecordFigures(30_000);
  results["mark-record-300KB"] = markRecordFigures(300_000);
  if (ROWS > 0) {
    const table = path.join(WORK, `long-table-${ROWS}.xlsx`);
    if (!existsSync(table)) await generateLargeWorkbook({ items: ROWS, amountsAsText: false, file: table });
    results[`long-table-${ROWS}-rows`] = await measure(["--lang", "en", table]);
  }
  return results;
}
