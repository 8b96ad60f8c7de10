/**
 * `budget-check [options] [FILE.xlsx ...]` (product.md "Command line"). `main` is the whole program with its
 * process injected; bin/budget-check.js calls `runFromProcess` on the compiled copy in lib/.
 * Exit status: 2 when an input (or the catalog) could not be read, an argument is wrong or a report could not be
 * written; else 1 when any workbook has an error finding; else 0.
 */
import type { Report } from "../core/findings/report";
import type { Language } from "../core/messages/types";
import { parseArgs, type RunOptions } from "./args";
import { checkFile } from "./check-file";
import { COLOUR, NO_COLOUR, wantsColour } from "./colour";
import type { CliIo } from "./io";
import { loadCatalogFile } from "./load-catalog";
import { SAMPLE_WORKBOOK, packageVersion } from "./paths";
import { jsonText, reportJobs, writeReports } from "./report-files";
import { CLI_STRINGS, readProblemLine } from "./strings";
import { batchSummary, textReport } from "./text-report";
import { firstLine } from "./first-line";

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;
/** Catalog sheet problems printed before "… and N more". */
const MAX_CATALOG_NOTES = 10;

async function run(options: RunOptions, io: CliIo): Promise<number> {
  const language: Language = options.language;
  const s = CLI_STRINGS[language];
  const paint = wantsColour(io.stdout.isTTY, io.env) ? COLOUR : NO_COLOUR;

  let catalog;
  if (options.catalog !== undefined) {
    const loaded = await loadCatalogFile(options.catalog, options.year);
    if (!loaded.ok) {
      io.stderr.write(readProblemLine(loaded.problem, language) + "\n");
      return EXIT_UNREADABLE;
    }
    catalog = loaded.catalog;
    for (const problem of loaded.problems.slice(0, MAX_CATALOG_NOTES))
      io.stderr.write(s.catalogNote(options.catalog, problem) + "\n");
    if (loaded.problems.length > MAX_CATALOG_NOTES)
      io.stderr.write(s.catalogMoreNotes(loaded.problems.length - MAX_CATALOG_NOTES) + "\n");
  }

  const files = options.files.length > 0 ? options.files : [SAMPLE_WORKBOOK];
  if (options.files.length === 0) io.stderr.write(s.checkingSample(SAMPLE_WORKBOOK) + "\n");
  const several = files.length > 1;

  const checked: { file: string; report: Report }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const outcome = await checkFile(file, {
      language,
      ...(catalog !== undefined && { catalog }),
      ...(options.year !== undefined && { year: options.year }),
      ...(options.limits !== undefined && { limits: options.limits }),
    });
    if (!outcome.ok) {
      io.stderr.write(readProblemLine(outcome.problem, language) + "\n");
      unreadable.push(file);
      continue;
    }
    checked.push({ file: outcome.file, report: outcome.report });
    if (options.format === "text") io.stdout.write(textReport(outcome.report, language, paint) + (several ? "\n" : ""));
  }

  const reports = checked.map((c) => c.report);
  if (options.format === "json") {
    if (checked.length > 0 || several) io.stdout.write(jsonText(reports, several));
  } else if (several) {
    io.stdout.write(batchSummary(reports, unreadable, language, paint));
  }

  const reportsWritten = await writeReports(reportJobs(options, checked, several), options, io);
  if (unreadable.length > 0 || !reportsWritten) return EXIT_UNREADABLE;
  return reports.some((r) => r.summary.error > 0) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** The whole command line: argv without "node" and the script; returns the exit status. Never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case "help":
      io.stdout.write(CLI_STRINGS[parsed.language].usage + "\n");
      return EXIT_OK;
    case "version":
      io.stdout.write(`budget-check ${packageVersion()}\n`);
      return EXIT_OK;
    case "error": {
      const s = CLI_STRINGS[parsed.language];
      io.stderr.write(`${s.argumentProblem(parsed.problem)}\n${s.seeHelp}\n`);
      return EXIT_UNREADABLE;
    }
    case "run":
      return run(parsed.options, io);
  }
}

/** Entry point for bin/budget-check.js: real argv, stdout, stderr and environment; sets the exit code. */
export function runFromProcess(): void {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a user mistake: one line, no stack trace unless asked for.
      process.stderr.write(`budget-check: ${firstLine(error)}\n`);
      if (process.env.BUDGET_CHECK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
      process.exitCode = EXIT_UNREADABLE;
    },
  );
}
