/**
 * `budget-check [options] [FILE.xlsx ...]` (product.md "Command line"). `main` is the whole program with its
 * process injected; bin/budget-check.js calls `runFromProcess` on the compiled copy in lib/.
 * Exit status: 2 when an input (or the catalog) could not be read, an argument is wrong or a report could not be
 * written; else 1 when any workbook has an error finding; else 0 (see batch.ts for a run's files).
 */
import type { Language } from "../core";
import { parseArgs, type RunOptions } from "./args";
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNREADABLE, runBatch } from "./batch";
import type { CliIo } from "./io";
import { loadCatalogFile } from "./load-catalog";
import { SAMPLE_WORKBOOK, packageVersion } from "./paths";
import { CLI_STRINGS, readProblemLine } from "./strings";
import { firstLine } from "./first-line";
import { runCatalogCommand } from "./catalog-command";
import { readPermission } from "./check-file";
import { discoverInputs } from "./discover";
import { refusedReports, runInputFiles } from "./run-inputs";
import { terminalSafeIo } from "./terminal-safe";

export { EXIT_OK, EXIT_ERRORS_FOUND, EXIT_UNREADABLE };
/** Catalog sheet problems printed before "… and N more". */
const MAX_CATALOG_NOTES = 10;

async function run(options: RunOptions, io: CliIo): Promise<number> {
  const language: Language = options.language;
  const s = CLI_STRINGS[language];

  const paths = options.files.length > 0 ? options.files : [SAMPLE_WORKBOOK];
  const discovered = await discoverInputs(paths);
  // Before anything is read: a --report that names an input (a workbook, also one found in a folder, or the
  // --catalog, --config or --baseline file), or a file that is not one of our reports, stops the run (the shell
  // turns `--report d/*.xlsx` into a report over the first workbook).
  if (await refusedReports(options, await runInputFiles(options, discovered.files), io)) return EXIT_UNREADABLE;

  let catalog;
  if (options.catalog !== undefined) {
    const denied = await readPermission(options.catalog); // a permission error is not a damaged catalog
    if (denied) {
      io.stderr.write(readProblemLine(denied, language) + "\n");
      return EXIT_UNREADABLE;
    }
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

  if (options.files.length === 0) io.stderr.write(s.checkingSample(SAMPLE_WORKBOOK) + "\n");
  return runBatch({ options, paths, discovered, ...(catalog !== undefined && { catalog }) }, io);
}

/** The whole command line: argv without "node" and the script; returns the exit status. Never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // `catalog` is a subcommand only as the first argument (a file of that name is given as ./catalog).
  if (argv[0] === "catalog") return runCatalogCommand(argv.slice(1), io);
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
      return run(parsed.options, terminalSafeIo(io));
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
