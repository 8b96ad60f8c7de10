/**
 * One file of a batch, from path to everything the run writes about it: the NDJSON line, the text report, the JSON
 * text, the summary row and the rows of the report workbook. The same function runs in a worker thread (--jobs N)
 * and in the main thread (--jobs 1), so the output cannot depend on N. The heavy formatting happens here, in the
 * worker, so the main thread only writes strings and the memory it keeps per file is the summary row.
 */
import * as path from "node:path";
import type { Catalog, ConsolidationFacts, Severity, Report, Language, Settings, SettingsOutcome } from "../core";
import { ruleNotes, applyAccepted, mergeSettings, escapeControls, escapeControlsInJson } from "../core";
import { newSince, workbookKey, type Baseline } from "./baseline";
import { catalogFor } from "./catalog-cache";
import { checkFile } from "./check-file";
import { acceptedFindingsOf, storedSettingsOf } from "./custom-xml";
import { COLOUR, NO_COLOUR } from "./colour";
import { findingRows, type FindingRow, type ReportedWorkbook } from "../host/xlsx/report";
import { settingsCatalogFile } from "./settings-file";
import { CLI_STRINGS, readProblemLine } from "./strings";
import { textReport } from "./text-report";
import { readLimitsFor } from "./read-limits";
import type { ReadLimits } from "../host/xlsx/reader/limits";

/** What a run wants written for each file; fixed for the run and sent once to every worker. */
export interface JobSettings {
  readonly language: Language;
  readonly year?: number;
  /** --catalog: each worker loads it once (the main thread has already checked that it reads). */
  readonly catalogFile?: string;
  readonly colour: boolean;
  /** --max-… flags: over each file's settings file, over the defaults (read-limits.ts). */
  readonly limits?: Partial<ReadLimits>;
  /** --baseline: finding keys of an earlier run by workbook (body and year). */
  readonly baseline?: Baseline;
  /** The settings files the run uses, read and checked by the main thread, by path. */
  readonly configs: Readonly<Record<string, Settings>>;
  readonly want: {
    readonly ndjson: boolean;
    readonly text: boolean;
    /** The report as indented JSON (--format json, --report FILE.json, --report-dir). */
    readonly json: boolean;
    /** Rows for the report workbook (--report FILE.xlsx, --report-dir). */
    readonly rows: boolean;
    /** The consolidation figures of 部门 and 单位 workbooks (a run of several files; consolidation.ts). */
    readonly consolidation?: boolean;
  };
}

/**
 * One line of the batch summary and of the report workbook's summary sheet (its `file` the path checked); all the
 * run keeps per file.
 */
export interface SummaryRow extends ReportedWorkbook {
  /** Findings left out because --baseline already had them. */
  readonly unchanged?: number;
}

export interface JobResult {
  readonly index: number;
  readonly row: SummaryRow;
  readonly ndjson?: string;
  readonly text?: string;
  readonly json?: string;
  readonly rows?: readonly FindingRow[];
  /** The line for stderr when the file could not be read. */
  readonly problemLine?: string;
  /** A 部门 or 单位 workbook with a body name: what the consolidation after the run needs of it (nothing more). */
  readonly consolidation?: ConsolidationFacts;
}

const NO_COUNTS: Readonly<Record<Severity, number>> = { error: 0, warning: 0, info: 0 };

/** The NDJSON line of a checked file: which file, whose disclosure and which year, then the report itself. */
function reportLine(
  file: string,
  body: string | undefined,
  year: number | null,
  report: Report,
  settingsFile: string | undefined,
  notes: readonly string[],
  unchanged: number | undefined,
): string {
  // JSON.stringify escapes C0 only; DEL, C1 and bidi marks from workbook text are escaped too (issue #9).
  return escapeControlsInJson(
    JSON.stringify({
      kind: "report",
      file,
      body: body ?? null,
      year,
      ...(settingsFile !== undefined && { settings: settingsFile }),
      ...(unchanged !== undefined && { unchanged }),
      ...report,
      ...(notes.length > 0 && { notes }),
    }),
  );
}

/** The baseline as sets, built once per thread. */
let baselineSets: { from: Baseline; sets: Map<string, ReadonlySet<string>> } | undefined;

function knownFindings(
  baseline: Baseline | undefined,
  body: string | undefined,
  year: number | null,
): ReadonlySet<string> | undefined {
  const key = workbookKey(body, year);
  if (baseline === undefined || key === undefined) return undefined;
  if (baselineSets?.from !== baseline) baselineSets = { from: baseline, sets: new Map() };
  let set = baselineSets.sets.get(key);
  if (set === undefined && baseline[key] !== undefined) {
    set = new Set(baseline[key]);
    baselineSets.sets.set(key, set);
  }
  return set;
}

/** The lines saying which rules a settings file turned off or re-graded (nothing is hidden silently). */
export function settingsNotes(settingsFile: string, config: Settings, settings: JobSettings): string[] {
  const s = CLI_STRINGS[settings.language];
  return ruleNotes(config, settingsFile).map((note) => s.ruleNote(note.rule, note.setting, note.source));
}

/**
 * The settings file's settings over those stored in the workbook. A catalog file named in the workbook is not
 * followed (a path saved on another machine); a bad workbook part is left out, with a note saying so.
 */
function withWorkbookSettings(
  fileConfig: Settings | undefined,
  stored: SettingsOutcome | undefined,
  settings: JobSettings,
): { config: Settings | undefined; workbookNotes: string[] } {
  const s = CLI_STRINGS[settings.language];
  if (stored === undefined) return { config: fileConfig, workbookNotes: [] };
  if (!stored.ok) return { config: fileConfig, workbookNotes: [s.workbookSettingsIgnored(stored.problem.key)] };
  const { catalog, ...rest } = stored.settings;
  const workbook: Settings = { ...rest, ...(catalog?.year !== undefined && { catalog: { year: catalog.year } }) };
  const overridden = new Set(Object.keys(fileConfig?.rules ?? {}));
  const workbookNotes = ruleNotes(workbook, s.workbookSource)
    .filter((note) => !overridden.has(note.rule))
    .map((note) => s.ruleNote(note.rule, note.setting, note.source));
  return { config: mergeSettings(fileConfig, workbook), workbookNotes };
}

/** The result of a file that could not be read or checked: its row says why, and so does its NDJSON error object. */
export function unreadable(
  index: number,
  file: string,
  kind: string,
  line: string,
  settings: JobSettings,
  detail?: string,
): JobResult {
  const workbook = path.basename(file);
  return {
    index,
    row: { file, workbook, counts: NO_COUNTS, accepted: 0, tables: 0, unreadable: line },
    problemLine: line,
    ...(settings.want.ndjson && {
      ndjson: escapeControlsInJson(
        JSON.stringify({
          kind: "unreadable",
          file,
          error: { kind, message: line, ...(detail !== undefined && { detail }) },
        }),
      ),
    }),
  };
}

/**
 * Checks one file under its settings file (if any) and formats what the run wants of it. Never throws for a bad
 * file: that is a result too. Flags win over the settings file: --catalog and --year over its catalog.
 */
export async function runFileJob(
  index: number,
  file: string,
  settingsFile: string | undefined,
  settings: JobSettings,
): Promise<JobResult> {
  const fileConfig = settingsFile !== undefined ? settings.configs[settingsFile] : undefined;
  // Settings the pane stored in the workbook rank below the settings file (flags > file > workbook > defaults); they
  // are known once the workbook is read, so the check asks for them then.
  let config = fileConfig;
  let workbookNotes: string[] = [];
  const settingsFor = (parts: Parameters<typeof storedSettingsOf>[0]): Settings | undefined => {
    ({ config, workbookNotes } = withWorkbookSettings(fileConfig, storedSettingsOf(parts), settings));
    return config;
  };
  const catalogFile =
    settings.catalogFile ?? (fileConfig && settingsFile ? settingsCatalogFile(settingsFile, fileConfig) : undefined);
  // Chosen once the workbook is read: its stored catalog year counts, below --year and the settings file's year
  // (`merged` already ranks the file over the workbook). No year and no file: the engine's own choice by the titles.
  const catalogOf = (merged: Settings | undefined): Promise<Catalog | undefined> => {
    const year = settings.year ?? merged?.catalog?.year;
    return catalogFile !== undefined || merged?.catalog?.year !== undefined
      ? catalogFor(catalogFile, year)
      : Promise.resolve(undefined);
  };
  const outcome = await checkFile(file, {
    language: settings.language,
    ...(settings.year !== undefined && { year: settings.year }),
    settingsFor,
    catalogFor: catalogOf,
    limits: readLimitsFor(fileConfig, settings.limits),
    ...(settings.want.consolidation === true && { consolidation: true }),
  });
  if (!outcome.ok) {
    const line = readProblemLine(outcome.problem, settings.language);
    const detail = "detail" in outcome.problem ? outcome.problem.detail : undefined;
    return unreadable(index, file, outcome.problem.kind, line, settings, detail);
  }
  const { body, year } = outcome;
  const since = newSince(outcome.report, knownFindings(settings.baseline, body, year));
  const unchanged = since.unchanged;
  // Accepted in the workbook (the pane's custom XML part): shown as accepted, out of the counts.
  const { report, accepted } = applyAccepted(since.report, acceptedFindingsOf(outcome.customXmlParts));
  const notes = [
    ...(fileConfig !== undefined && settingsFile !== undefined
      ? settingsNotes(settingsFile, fileConfig, settings)
      : []),
    ...workbookNotes,
  ];
  const row: SummaryRow = {
    file,
    workbook: report.workbook,
    ...(body !== undefined && { body }),
    year,
    counts: report.summary,
    accepted,
    ...(settings.baseline !== undefined && { unchanged }),
    tables: report.tables.length,
  };
  return {
    index,
    row,
    ...(settings.want.ndjson && {
      ndjson: reportLine(file, body, year, report, settingsFile, notes, settings.baseline ? unchanged : undefined),
    }),
    ...(settings.want.text && {
      text:
        textReport(report, settings.language, settings.colour ? COLOUR : NO_COLOUR) +
        notes.map((note) => `  ${escapeControls(note)}\n`).join(""),
    }),
    ...(settings.want.json && {
      json: escapeControlsInJson(JSON.stringify(notes.length > 0 ? { ...report, notes } : report, null, 2)),
    }),
    ...(settings.want.rows && { rows: findingRows(report) }),
    ...(body !== undefined && outcome.consolidation?.level !== undefined && { consolidation: outcome.consolidation }),
  };
}
