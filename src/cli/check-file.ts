import type { Catalog } from "../core/catalog/types";
import { checkWorkbook, reportInputOf, type CheckResult } from "../core/engine";
import { buildReport } from "../core/findings/build-report";
import type { Report } from "../core/findings/report";
import type { Language } from "../core/messages/types";
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

export type FileOutcome =
  | { readonly ok: true; readonly file: string; readonly report: Report }
  | { readonly ok: false; readonly problem: ReadProblem | EngineFailure };

export interface FileCheckOptions {
  readonly catalog?: Catalog;
  readonly year?: number;
  readonly language: Language;
  /** Read limits changed on the command line; the defaults otherwise. */
  readonly limits?: Partial<ReadLimits>;
}

/** Reads one file, runs the engine, and builds the public report (product.md "Report format"). */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileOutcome> {
  let read;
  try {
    read = await readWorkbookFile(file, withLimits(options.limits));
  } catch (error) {
    // The reader returns expected problems as values; anything it throws is a file it cannot parse.
    return { ok: false, problem: { kind: "corrupt", file, detail: firstLine(error) } };
  }
  if (!read.ok) return read;
  let result: CheckResult;
  try {
    result = checkWorkbook(read.snapshot, {
      ...(options.catalog !== undefined && { catalog: options.catalog }),
      ...(options.year !== undefined && { year: options.year }),
    });
  } catch (error) {
    return { ok: false, problem: { kind: "engine-failed", file, detail: firstLine(error) } };
  }
  const report = buildReport(reportInputOf(read.snapshot.name, result), options.language);
  return { ok: true, file, report };
}
