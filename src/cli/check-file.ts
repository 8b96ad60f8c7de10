import type { Catalog, CheckOutcome, Report, Language, Settings } from "../core";
import { check, checkWithSettings } from "../core";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readWorkbookFile } from "../host/xlsx/read-workbook";
import { firstLine } from "./first-line";
import { bodyName } from "./body-name";

/** The engine failed on a file: a bug, reported for that file so the rest of a batch still runs. */
export interface EngineFailure {
  readonly kind: "engine-failed";
  readonly file: string;
  readonly detail: string;
}

export type FileOutcome =
  | {
      readonly ok: true;
      readonly file: string;
      readonly report: Report;
      /** The body named on the 编制部门/编制单位 line, and the budget year used (batch summary, issue 10). */
      readonly body?: string;
      readonly year: number | null;
    }
  | { readonly ok: false; readonly problem: ReadProblem | EngineFailure };

export interface FileCheckOptions {
  readonly catalog?: Catalog;
  /** Rule settings (settings file): rules off or re-graded, tolerance per unit, profile. */
  readonly settings?: Settings;
  readonly year?: number;
  readonly language: Language;
}

/** Reads one file, runs the engine, and builds the public report (product.md "Report format"). */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileOutcome> {
  let read;
  try {
    read = await readWorkbookFile(file);
  } catch (error) {
    // The reader returns expected problems as values; anything it throws is a file ExcelJS cannot parse.
    return { ok: false, problem: { kind: "corrupt", file, detail: firstLine(error) } };
  }
  if (!read.ok) return read;
  let checked: CheckOutcome;
  try {
    const checkOptions = {
      ...(options.catalog !== undefined && { catalog: options.catalog }),
      ...(options.year !== undefined && { year: options.year }),
    };
    const settings = options.settings;
    // A settings file re-grades findings and may set a tolerance per unit: the engine runs under it.
    checked =
      settings === undefined
        ? check(read.snapshot, checkOptions)
        : check(read.snapshot, checkOptions, (snapshot, given) => checkWithSettings(snapshot, given ?? {}, settings));
  } catch (error) {
    return { ok: false, problem: { kind: "engine-failed", file, detail: firstLine(error) } };
  }
  const report = checked.report(options.language);
  const body = bodyName(read.snapshot);
  return { ok: true, file, report, year: checked.result.year, ...(body !== undefined && { body }) };
}
