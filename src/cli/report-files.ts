/** Report files: --report FILE (every workbook in one file) and --report-dir DIR (one pair per workbook). */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Report } from "../core/findings/report";
import { escapeControlsInJson } from "../core/text";
import { reportWorkbook } from "../host/xlsx/write-report";
import type { RunOptions } from "./args";
import type { CliIo } from "./io";
import { outputProblem, writeOutput, type InputIdentity } from "./output-safety";
import { sealReportWorkbook } from "./seal-report";
import { CLI_STRINGS, outputProblemLine, writeFailureLine } from "./strings";

/** One object for one file, an array for several (product.md). */
export function jsonText(reports: readonly Report[], several: boolean): string {
  // JSON.stringify escapes C0 only; DEL, C1 and bidi marks from workbook text are escaped too.
  return escapeControlsInJson(JSON.stringify(several ? reports : (reports[0] ?? null), null, 2)) + "\n";
}

interface ReportJob {
  readonly target: string;
  readonly checked: readonly { file: string; report: Report }[];
  readonly several: boolean;
}

/** What to write: each --report file with every workbook, and with --report-dir one pair of files per workbook. */
export function reportJobs(
  options: RunOptions,
  checked: readonly { file: string; report: Report }[],
  several: boolean,
): ReportJob[] {
  const jobs: ReportJob[] = options.reports.map((target) => ({ target, checked, several }));
  if (options.reportDir !== undefined) {
    const used = new Set<string>();
    for (const one of checked) {
      const stem = path.basename(one.file, path.extname(one.file));
      let name = stem;
      for (let n = 2; used.has(name); n++) name = `${stem}-${n}`; // same file name from two folders
      used.add(name);
      for (const ext of [".xlsx", ".json"])
        jobs.push({
          target: path.join(options.reportDir, `${name}.budget-check${ext}`),
          checked: [one],
          several: false,
        });
    }
  }
  return jobs;
}

/** The bytes of one report file: the JSON text, or our report workbook sealed (see seal-report.ts). */
async function reportBytes(job: ReportJob, language: RunOptions["language"]): Promise<string | Uint8Array> {
  if (/\.json$/i.test(job.target))
    return jsonText(
      job.checked.map((c) => c.report),
      job.several,
    );
  const workbook = sealReportWorkbook(reportWorkbook(job.checked, job.target, language));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes every report that may be written (never over an input; see output-safety.ts); false if any was not. */
export async function writeReports(
  jobs: readonly ReportJob[],
  options: RunOptions,
  io: CliIo,
  inputs: readonly InputIdentity[] = [],
): Promise<boolean> {
  const s = CLI_STRINGS[options.language];
  let ok = true;
  if (options.reportDir !== undefined) await fs.mkdir(options.reportDir, { recursive: true }).catch(() => undefined);
  for (const job of jobs) {
    const problem = await outputProblem(job.target, inputs, options.force === true);
    if (problem) {
      io.stderr.write(outputProblemLine(problem, options.language) + "\n");
      ok = false;
      continue;
    }
    try {
      await writeOutput(job.target, await reportBytes(job, options.language));
      io.stderr.write(s.reportWritten(job.target) + "\n");
    } catch (error) {
      io.stderr.write(writeFailureLine(job.target, error, options.language) + "\n");
      ok = false;
    }
  }
  return ok;
}
