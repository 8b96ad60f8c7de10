/**
 * The report workbook writer alone (issue 10: memory flat with the number of files): the sample's findings
 * (about 70 rows) written for 300, 3,000 and 30,000 workbooks, each count in a fresh child process
 * (bench/report-writer-runner.ts) so peak RSS is that run's. Figures are printed, never asserted.
 */
import { fork } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const COUNTS = (process.env.BENCH_REPORT_COUNTS ?? "300,3000,30000").split(",").map(Number);

interface WriterFigures {
  readonly ms: number;
  readonly rows: number;
  readonly fileMB: number;
  readonly rssBeforeMB: number;
  readonly peakRssMB: number;
}

function runOnce(count: number): Promise<WriterFigures> {
  const target = path.join(os.tmpdir(), `budget-check-report-bench-${process.pid}-${count}.xlsx`);
  return new Promise((resolve, reject) => {
    const child = fork(
      path.join(__dirname, "report-writer-runner.js"),
      [JSON.stringify({ sample: SAMPLE, count, target })],
      {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      },
    );
    child.once("message", (message) => resolve(message as WriterFigures));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`report writer runner exited with ${code}`));
    });
  });
}

const round = (n: number, places = 1) => Number(n.toFixed(places));

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {
    sample: "samples/fengquan-2024.xlsx",
    loadAverage1m: round(os.loadavg()[0]!, 2),
  };
  for (const count of COUNTS) {
    const f = await runOnce(count);
    results[`workbooks${count}`] = {
      findingsRows: f.rows,
      seconds: round(f.ms / 1000, 2),
      rowsPerSecond: Math.round(f.rows / (f.ms / 1000)),
      fileMB: round(f.fileMB),
      rssBeforeWritingMB: round(f.rssBeforeMB),
      peakRssMB: round(f.peakRssMB),
    };
  }
  return results;
}
