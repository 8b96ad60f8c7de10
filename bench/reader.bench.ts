/**
 * Figures for reading workbooks and starting the command line (issue 8; printed by `npm run bench`, never a test).
 * - Reader candidates side by side, in this process: the shipped reader (src/host/xlsx/reader: fflate + saxes), the
 *   ExcelJS reader it replaced (test/helpers/exceljs-reader) and, when BENCH_SHEETJS names its module path, SheetJS
 *   (never a dependency: its npm release is old and has advisories; install it outside the project, see
 *   docs/cli.md), on the sample and on the 20,000-item workbook. Medians after a warm-up; each candidate's peak
 *   memory on the large workbook in a child process of its own.
 * - The command line against a bare `node -e 0`, interleaved in the same run (so a busy machine slows both alike):
 *   on the sample (target within 4×) and end to end on the 20,000-item workbook (target within 15×). The command
 *   line is bundled first (scripts/bundle-cli.js), as `npm run build:cli` does.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbookBytes } from "../src/host/xlsx/reader";
import { readWithExcelJs } from "../test/helpers/exceljs-reader";
import { median } from "./timing";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const WORK = path.join(os.tmpdir(), "budget-check-bench");
const LARGE_ITEMS = 20_000;
const START_RUNS = 9;

const { generateLargeWorkbook } = require(path.join(ROOT, "scripts", "generate-large-workbook.js")) as {
  generateLargeWorkbook(options: { items: number; amountsAsText: boolean; file: string }): Promise<unknown>;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

async function medianMs(runs: number, body: () => Promise<unknown> | unknown): Promise<number> {
  await body(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

/** SheetJS's module path (BENCH_SHEETJS), or undefined: then it is not measured and the figures say so. */
const SHEETJS = process.env.BENCH_SHEETJS;

/** What SheetJS must read to give what our snapshot holds: values, cached results and formulas, number formats. */
const SHEETJS_OPTIONS = { type: "array", cellFormula: true, cellNF: true, cellDates: false, dense: true };

interface SheetJs {
  read(data: Uint8Array, options: typeof SHEETJS_OPTIONS): { SheetNames: string[]; Sheets: Record<string, unknown> };
  utils: { sheet_to_json(sheet: unknown, options: { header: 1; raw: true; defval: null }): unknown[][] };
}

/** A SheetJS read that ends where ours does: every sheet as rows of values. */
function readWithSheetJs(xlsx: SheetJs, bytes: Uint8Array): number {
  const book = xlsx.read(bytes, SHEETJS_OPTIONS);
  let rows = 0;
  for (const name of book.SheetNames)
    rows += xlsx.utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true, defval: null }).length;
  return rows;
}

/** Peak memory of reading `file` once with a candidate, in a fresh Node process (compiled bench code). */
function peakRssMB(candidate: "fflate-saxes" | "exceljs" | "sheetjs", file: string): number | string {
  const reader =
    candidate === "exceljs"
      ? `require(${JSON.stringify(path.join(__dirname, "..", "test", "helpers", "exceljs-reader"))}).readWithExcelJs(b, "x.xlsx")`
      : candidate === "sheetjs"
        ? `(() => { const x = require(${JSON.stringify(SHEETJS ?? "")}); const w = x.read(b, ${JSON.stringify(SHEETJS_OPTIONS)});
            return w.SheetNames.map((n) => x.utils.sheet_to_json(w.Sheets[n], { header: 1, raw: true, defval: null }).length); })()`
        : `require(${JSON.stringify(path.join(__dirname, "..", "src", "host", "xlsx", "reader"))}).readWorkbookBytes(b, "x.xlsx")`;
  const script = `const b = new Uint8Array(require("fs").readFileSync(${JSON.stringify(file)}));
    Promise.resolve(${reader}).then(() => console.log(process.resourceUsage().maxRSS / 1024));`;
  try {
    return round(Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })));
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}

async function readers(file: string, runs: number) {
  const bytes = new Uint8Array(readFileSync(file));
  const shipped = await medianMs(runs, () => readWorkbookBytes(bytes, "x.xlsx"));
  const exceljs = await medianMs(Math.max(3, runs >> 2), () => readWithExcelJs(bytes, "x.xlsx"));
  const figures: Record<string, number> = {
    fflateSaxesMs: shipped,
    excelJsMs: exceljs,
    speedUp: round(exceljs / shipped),
  };
  if (SHEETJS) {
    const xlsx = require(SHEETJS) as SheetJs; // outside the project, for comparison only
    const sheetjs = await medianMs(Math.max(3, runs >> 2), () => readWithSheetJs(xlsx, bytes));
    Object.assign(figures, { sheetJsMs: sheetjs, speedUpOverSheetJs: round(sheetjs / shipped) });
  }
  return figures;
}

/** Wall time of a command, its median over runs interleaved with the others (one list of times per command). */
function startTimes(commands: Record<string, readonly string[]>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i <= START_RUNS; i++)
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
      if (i > 0) times[name]!.push(performance.now() - start); // the first round warms the file cache
    }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v))]));
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  const large = path.join(WORK, `large-${LARGE_ITEMS}.xlsx`);
  if (!existsSync(large)) await generateLargeWorkbook({ items: LARGE_ITEMS, amountsAsText: false, file: large });

  execFileSync(process.execPath, [path.join(ROOT, "scripts", "bundle-cli.js")], { cwd: ROOT, stdio: "inherit" });
  const cli = path.join(ROOT, "bin", "budget-check.js");
  const start = startTimes({
    nodeBare: ["-e", "0"],
    cliSample: [cli, SAMPLE],
    cliLarge: [cli, large],
  });

  return {
    readers: {
      note: SHEETJS
        ? `shipped reader (fflate + saxes) vs the ExcelJS reader it replaced and SheetJS (${SHEETJS}, comparison only)`
        : "shipped reader (fflate + saxes) vs the ExcelJS reader it replaced; SheetJS skipped: set BENCH_SHEETJS to its module path to measure it",
      sample: await readers(SAMPLE, 21),
      [`large${LARGE_ITEMS}`]: {
        ...(await readers(large, 5)),
        peakRssMB: {
          fflateSaxes: peakRssMB("fflate-saxes", large),
          excelJs: peakRssMB("exceljs", large),
          ...(SHEETJS && { sheetJs: peakRssMB("sheetjs", large) }),
        },
      },
    },
    commandLine: {
      medianMs: start,
      runs: START_RUNS,
      ratioSampleToBareNode: round(start.cliSample! / start.nodeBare!),
      ratioLargeToBareNode: round(start.cliLarge! / start.nodeBare!),
      targets: { ratioSampleToBareNode: 4, ratioLargeToBareNode: 15 },
    },
  };
}
