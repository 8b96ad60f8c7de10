/**
 * A run over many files (issue 10): discover the files, check them with --jobs workers, and write each result as
 * it comes — NDJSON lines in completion order, everything else (text, JSON, report files, the summary) in path
 * order. What the run keeps per file is its summary row, so memory does not grow with the reports.
 *
 * Exit status: 2 when a file could not be read (or a report could not be written), else 1 when any error finding
 * (with --fail-on warning: any warning too) is not accepted, else 0.
 */
import type { Catalog } from "../core";
import { ruleNotes, escapeControlsInJson } from "../core";
import type { RunOptions } from "./args";
import { readBaseline, type Baseline } from "./baseline";
import { batchSummaryText, summaryLine, totalsOf, type BatchTotals } from "./batch-summary";
import { COLOUR, NO_COLOUR, wantsColour } from "./colour";
import { discoverInputs, type Inputs } from "./discover";
import type { JobResult, JobSettings, SummaryRow } from "./file-job";
import type { CliIo } from "./io";
import { defaultJobs, runJobs } from "./jobs";
import { PathOrder } from "./path-order";
import { Progress } from "./progress";
import { JsonArrayText, ReportSinks } from "./report-sinks";
import { rememberCatalog } from "./catalog-cache";
import { loadCatalogFile } from "./load-catalog";
import { runSettings, settingsCatalogFile } from "./settings-file";
import { CLI_STRINGS, readProblemLine } from "./strings";
import { runInputFiles } from "./run-inputs";
import { Consolidation } from "./consolidation";
import { consolidationText } from "./text-report";
import { readProblemSentence } from "../host/xlsx/read-problem-text";

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;

export interface BatchInput {
  readonly options: RunOptions;
  /** The paths to check (the arguments, or the bundled sample). */
  readonly paths: readonly string[];
  /** The files found from `paths`, when the caller has already looked (main checks --report against them). */
  readonly discovered?: Inputs;
  /** --catalog, already read by the caller (the main thread prints its notes once). */
  readonly catalog?: Catalog;
  /** Notes the report lists (rules turned off or re-graded by the settings). */
  readonly notes?: readonly string[];
}

/** The exit status of a run from its totals (issue 10 "Exit code"). */
export function exitStatus(totals: BatchTotals, otherProblem: boolean, failOn: "error" | "warning"): number {
  if (totals.unreadable > 0 || otherProblem) return EXIT_UNREADABLE;
  if (totals.counts.error > 0) return EXIT_ERRORS_FOUND;
  if (failOn === "warning" && totals.counts.warning > 0) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

export async function runBatch(input: BatchInput, io: CliIo): Promise<number> {
  const { options } = input;
  const language = options.language;
  const s = CLI_STRINGS[language];
  const colour = wantsColour(io.stdout.isTTY, io.env);
  const paint = colour ? COLOUR : NO_COLOUR;
  const { files, skipped, expanded } = input.discovered ?? (await discoverInputs(input.paths));
  // Settings files are read, and their catalogs loaded, before any workbook: a bad one stops the run here.
  const found = await runSettings(files, options.config);
  if (!found.ok) {
    io.stderr.write(s.settingsProblem(found.file, found.problem) + "\n");
    return EXIT_UNREADABLE;
  }
  const { fileSettings, settings: configs } = found.run;
  let baseline: Baseline | undefined;
  if (options.baseline !== undefined) {
    const read = await readBaseline(options.baseline);
    if (!read.ok) {
      io.stderr.write(s.baselineProblem(options.baseline, read.line) + "\n");
      return EXIT_UNREADABLE;
    }
    baseline = read.baseline;
  }
  if (input.catalog !== undefined && options.catalog !== undefined)
    rememberCatalog(options.catalog, options.year, input.catalog);
  const notes: string[] = [];
  const settingsInputs: string[] = [];
  for (const [settingsFile, config] of Object.entries(configs)) {
    const catalogFile = options.catalog === undefined ? settingsCatalogFile(settingsFile, config) : undefined;
    settingsInputs.push(settingsFile, ...(catalogFile !== undefined ? [catalogFile] : []));
    if (catalogFile !== undefined) {
      const loaded = await loadCatalogFile(catalogFile, options.year ?? config.catalog?.year);
      if (!loaded.ok) {
        io.stderr.write(readProblemLine(loaded.problem, language) + "\n");
        return EXIT_UNREADABLE;
      }
      rememberCatalog(catalogFile, options.year ?? config.catalog?.year, loaded.catalog);
    }
    for (const note of ruleNotes(config, settingsFile)) notes.push(s.ruleNote(note.rule, note.setting, note.source));
  }
  for (const note of notes) io.stderr.write(note + "\n");
  const several = files.length !== 1 || expanded;
  const wantsWorkbook = options.reports.some((r) => /\.xlsx$/i.test(r)) || options.reportDir !== undefined;
  const settings: JobSettings = {
    language,
    ...(options.year !== undefined && { year: options.year }),
    ...(options.catalog !== undefined && { catalogFile: options.catalog }),
    colour,
    ...(options.limits !== undefined && { limits: options.limits }),
    configs,
    ...(baseline !== undefined && { baseline }),
    want: {
      ndjson: options.format === "ndjson",
      text: options.format === "text",
      json:
        options.format === "json" || options.reports.some((r) => /\.json$/i.test(r)) || options.reportDir !== undefined,
      rows: wantsWorkbook,
      consolidation: several,
    },
  };

  const progress = new Progress(io.stderr, files.length, language);
  // A folder or pattern with no workbook in it is most likely the wrong folder: say so, and exit 2.
  const nothingFound = files.length === 0;
  if (nothingFound) io.stderr.write(s.noWorkbooks(input.paths.join(", ")) + "\n");
  for (const skip of skipped) {
    const line = s.skipped(readProblemSentence({ kind: skip.reason, file: skip.file }, language));
    if (options.format === "ndjson")
      io.stdout.write(
        escapeControlsInJson(JSON.stringify({ kind: "skipped", file: skip.file, reason: skip.reason, message: line })) +
          "\n",
      );
    else progress.message(line);
  }

  // Every report is checked again as it is opened, against every file the run reads (settings files included).
  const inputs = await runInputFiles(options, files, settingsInputs);
  const sinks = await ReportSinks.open({ ...options, several, inputs });
  const stdoutJson = new JsonArrayText((t) => write(t), several);
  const rows: SummaryRow[] = new Array<SummaryRow>(files.length);
  const consolidation = new Consolidation();
  const ordered = new PathOrder<JobResult>((result) => {
    if (result.text !== undefined) write(result.text + (several ? "\n" : ""));
    if (options.format === "json" && result.json !== undefined) stdoutJson.add(result.json);
    sinks.add(result);
  });

  // write() answers false when the pipe's buffer is full: the next file waits for "drain".
  let full = false;
  const write = (text: string) => {
    if (io.stdout.write(text) === false && io.stdout.once !== undefined) full = true;
  };
  const drained = (): Promise<void> =>
    full ? new Promise((resolve) => io.stdout.once!("drain", () => resolve(void (full = false)))) : Promise.resolve();
  const run = (result: JobResult): void => {
    rows[result.index] = result.row;
    consolidation.add(result);
    if (result.ndjson !== undefined) write(result.ndjson + "\n");
    if (result.problemLine !== undefined) progress.message(result.problemLine);
    progress.step(result.row.unreadable !== undefined || result.row.counts.error > 0);
    ordered.push(result.index, result);
  };
  const pool = {
    jobs: options.jobs ?? defaultJobs(),
    ...(options.timeoutSeconds !== undefined && { timeoutSeconds: options.timeoutSeconds }),
  };
  await runJobs(files, fileSettings, settings, pool, run, drained);
  progress.finish();

  // The 部门 + 单位 consolidation, once every file is read: its findings join each 部门's result.
  const configOf = (index: number) => {
    const file = fileSettings[index];
    return file === undefined ? undefined : configs[file];
  };
  for (const c of consolidation.results(rows, configOf, baseline, language)) {
    rows[c.index] = c.row;
    if (options.format === "ndjson") write(c.ndjson + "\n");
    if (options.format === "text") write(consolidationText(c.report, c.units, language, paint) + "\n");
    if (options.format === "json") stdoutJson.add(c.json);
    sinks.addConsolidation(c.row, c.json, c.rows);
  }

  if (options.format === "json") stdoutJson.end();
  if (options.format === "text" && several) io.stdout.write(batchSummaryText(rows, skipped, language, paint));

  let reportsFailed = nothingFound;
  for (const target of await sinks.close([...(input.notes ?? []), ...notes])) {
    if (target.failure === undefined) io.stderr.write(s.reportWritten(target.file) + "\n");
    else {
      io.stderr.write(target.failure + "\n");
      reportsFailed = true;
    }
  }
  const totals = totalsOf(rows, skipped.length);
  const exit = exitStatus(totals, reportsFailed, options.failOn ?? "error");
  if (options.format === "ndjson") io.stdout.write(summaryLine(totals, exit) + "\n");
  return exit;
}
