/**
 * Scale figures (issue 8; printed by `npm run bench`, never a test), each a run of the bundled command line in a
 * fresh process, with its wall time, exit status, first line of stderr and peak memory:
 * - the 200,000-item department workbook (scripts/generate-large-workbook.js): checked, target under 1 GB;
 * - a 1,048,576 × 8 sheet of numbers (scripts/make-bad-inputs.js writeTallWorkbook): a clean limit message, no crash.
 * The workbooks are generated once into the system's temporary folder and reused.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const WORK = path.join(os.tmpdir(), "budget-check-bench");
const ITEMS = 200_000;

const { generateLargeWorkbook } = require(path.join(ROOT, "scripts", "generate-large-workbook.js")) as {
  generateLargeWorkbook(options: { items: number; amountsAsText: boolean; file: string }): Promise<unknown>;
};
const { writeTallWorkbook } = require(path.join(ROOT, "scripts", "make-bad-inputs.js")) as {
  writeTallWorkbook(file: string, rows: number, cols: number): void;
};

/** Runs the command line on `file` in a child that reports its own peak memory when it is done. */
function measure(file: string, extraArgs: readonly string[] = []) {
  const main = JSON.stringify(path.join(ROOT, "lib", "cli", "main.js"));
  const argv = JSON.stringify(["--format", "json", ...extraArgs, file]);
  const script = `let err = "";
    require(${main}).main(${argv}, { stdout: { write() {} }, stderr: { write(t) { err += t; } }, env: {} })
      .then((code) => console.log(JSON.stringify({ code, stderr: err.split("\\n")[0], peakRssMB: process.resourceUsage().maxRSS / 1024 })));`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 16 * 2 ** 20 });
  const wallMs = Math.round(performance.now() - start);
  try {
    return { wallMs, ...(JSON.parse(child.stdout) as Record<string, unknown>) };
  } catch {
    return { wallMs, crashed: true, status: child.status, signal: child.signal, stderr: child.stderr.split("\n")[0] };
  }
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(WORK, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "bundle-cli.js")], { cwd: ROOT, stdio: "inherit" });
  const large = path.join(WORK, `large-${ITEMS}.xlsx`);
  if (!existsSync(large)) await generateLargeWorkbook({ items: ITEMS, amountsAsText: false, file: large });
  const tall = path.join(WORK, "tall-1048576x8.xlsx");
  if (!existsSync(tall)) writeTallWorkbook(tall, 1_048_576, 8);
  return {
    [`items${ITEMS}`]: { ...measure(large), targetPeakRssMB: 1024 },
    rows1048576x8: { ...measure(tall), expected: "exit 2, the sheet-cells limit message" },
  };
}
