/** Report files: --report FILE (every workbook in one file) and --report-dir DIR (one pair per workbook). */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Report } from "../core";
import { writeReportWorkbook } from "../host/xlsx/write-report";
import type { RunOptions } from "./args";
import type { CliIo } from "./io";
import { CLI_STRINGS } from "./strings";
import { firstLine } from "./first-line";

/** One object for one file, an array for several (product.md). */
export function jsonText(reports: readonly Report[], several: boolean): string {
  return JSON.stringify(several ? reports : (reports[0] ?? null), null, 2) + "\n";
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

export async function writeReports(jobs: readonly ReportJob[], options: RunOptions, io: CliIo): Promise<boolean> {
  const s = CLI_STRINGS[options.language];
  let ok = true;
  if (options.reportDir !== undefined) await fs.mkdir(options.reportDir, { recursive: true }).catch(() => undefined);
  for (const { target, checked, several } of jobs) {
    try {
      if (/\.json$/i.test(target))
        await fs.writeFile(
          target,
          jsonText(
            checked.map((c) => c.report),
            several,
          ),
          "utf8",
        );
      else await writeReportWorkbook(checked, target, options.language);
      io.stderr.write(s.reportWritten(target) + "\n");
    } catch (error) {
      io.stderr.write(s.reportFailed(target, firstLine(error)) + "\n");
      ok = false;
    }
  }
  return ok;
}
