import { promises as fs } from "node:fs";
import type { Catalog, CheckOutcome, ConsolidationFacts, CustomXmlPart, Report, Language, Settings } from "../core";
import { bodyName, check, checkWithSettings } from "../core";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readWorkbookFile } from "../host/xlsx/read-workbook";
import { withLimits, type ReadLimits } from "../host/xlsx/reader/limits";
import { firstLine } from "./first-line";

/** The engine failed on a file: a bug, reported for that file so the rest of a batch still runs. */
export interface EngineFailure {
  readonly kind: "engine-failed";
  readonly file: string;
  readonly detail: string;
}

/** The file exists but may not be read (permission): said as such, never as a damaged file. */
export interface InputDenied {
  readonly kind: "input-denied";
  readonly file: string;
}

export type FileOutcome =
  | {
      readonly ok: true;
      readonly file: string;
      readonly report: Report;
      /** The body named on the 编制部门/编制单位 line, and the budget year used (batch summary, issue 10). */
      readonly body?: string;
      readonly year: number | null;
      /** The workbook's custom XML parts as the reader found them (accepted findings live there). */
      readonly customXmlParts?: readonly CustomXmlPart[];
      /** With options.consolidation: the figures the 部门 + 单位 consolidation of the run compares. */
      readonly consolidation?: ConsolidationFacts;
    }
  | { readonly ok: false; readonly problem: ReadProblem | EngineFailure | InputDenied };

/** Opens the file for reading once, so a permission error is told apart from a damaged file. */
export async function readPermission(file: string): Promise<InputDenied | undefined> {
  try {
    await (await fs.open(file, "r")).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return { kind: "input-denied", file };
  }
  return undefined; // anything else is the reader's to report
}

export interface FileCheckOptions {
  readonly catalog?: Catalog;
  /** Rule settings (settings file): rules off or re-graded, tolerance per unit, profile. */
  readonly settings?: Settings;
  /**
   * The settings to check under once the workbook's own parts are known (settings the pane stored in it rank below
   * the settings file); given, it replaces `settings`.
   */
  readonly settingsFor?: (parts: readonly CustomXmlPart[] | undefined) => Settings | undefined;
  /**
   * The catalog for the settings `settingsFor` gave (a catalog year stored in the workbook chooses the edition, as
   * in the pane); given, it replaces `catalog`.
   */
  readonly catalogFor?: (settings: Settings | undefined) => Promise<Catalog | undefined>;
  readonly year?: number;
  readonly language: Language;
  /** Read limits: flags over the settings file over the defaults (read-limits.ts); the defaults when absent. */
  readonly limits?: Partial<ReadLimits>;
  /** Keep the consolidation figures (a run of several files). */
  readonly consolidation?: boolean;
}

/** Reads one file, runs the engine, and builds the public report (product.md "Report format"). */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileOutcome> {
  let read;
  try {
    read = await readWorkbookFile(file, withLimits(options.limits));
  } catch (error) {
    // The reader returns expected problems as values; anything it throws is a file it cannot parse.
    read = { ok: false, problem: { kind: "corrupt", file, detail: firstLine(error) } } as const;
  }
  if (!read.ok) {
    // Asked only once the read failed (one open less per file): a file we may not open is said as such, never as
    // a damaged file.
    const denied = read.problem.kind === "corrupt" ? await readPermission(file) : undefined;
    return { ok: false, problem: denied ?? read.problem };
  }
  try {
    const settings = options.settingsFor ? options.settingsFor(read.snapshot.customXmlParts) : options.settings;
    const catalog = options.catalogFor ? await options.catalogFor(settings) : options.catalog;
    const checkOptions = {
      ...(catalog !== undefined && { catalog }),
      ...(options.year !== undefined && { year: options.year }),
      ...(options.consolidation === true && { consolidation: true }),
    };
    // A settings file re-grades findings and may set a tolerance per unit: the engine runs under it.
    const checked: CheckOutcome =
      settings === undefined
        ? check(read.snapshot, checkOptions)
        : check(read.snapshot, checkOptions, (snapshot, given) => checkWithSettings(snapshot, given ?? {}, settings));
    // Building the report is inside the guard too: a throw there is this file's failure, not the run's.
    const report = checked.report(options.language);
    const body = bodyName(read.snapshot);
    const parts = read.snapshot.customXmlParts;
    return {
      ok: true,
      file,
      report,
      year: checked.result.year,
      ...(body !== undefined && { body }),
      ...(parts !== undefined && { customXmlParts: parts }),
      ...(checked.result.consolidation !== undefined && { consolidation: checked.result.consolidation }),
    };
  } catch (error) {
    return { ok: false, problem: { kind: "engine-failed", file, detail: firstLine(error) } };
  }
}
