/**
 * One file of a batch, from path to everything the run writes about it: the NDJSON line, the text report, the JSON
 * text, the summary row and the rows of the report workbook. The same function runs in a worker thread (--jobs N)
 * and in the main thread (--jobs 1), so the output cannot depend on N. The heavy formatting happens here, in the
 * worker, so the main thread only writes strings and the memory it keeps per file is the summary row.
 */
import type { Catalog } from "../core/catalog/types";
import type { Severity } from "../core/findings/finding";
import type { Report } from "../core/findings/report";
import type { Language } from "../core/messages/types";
import { checkFile } from "./check-file";
import { COLOUR, NO_COLOUR } from "./colour";
import { findingRows, type FindingRow } from "./finding-rows";
import { readProblemLine } from "./strings";
import { textReport } from "./text-report";

/** What a run wants written for each file; fixed for the run and sent once to every worker. */
export interface JobSettings {
  readonly language: Language;
  readonly year?: number;
  /** --catalog: each worker loads it once (the main thread has already checked that it reads). */
  readonly catalogFile?: string;
  readonly colour: boolean;
  readonly want: {
    readonly ndjson: boolean;
    readonly text: boolean;
    /** The report as indented JSON (--format json, --report FILE.json, --report-dir). */
    readonly json: boolean;
    /** Rows for the report workbook (--report FILE.xlsx, --report-dir). */
    readonly rows: boolean;
  };
}

/** One line of the batch summary and of the report workbook's summary sheet; all the run keeps per file. */
export interface SummaryRow {
  readonly file: string;
  /** The file name the report shows. */
  readonly workbook: string;
  readonly body?: string;
  readonly year?: number | null;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly accepted: number;
  readonly tables: number;
  /** Why the file could not be read or checked (one line in the run's language); absent for a checked file. */
  readonly unreadable?: string;
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
}

const NO_COUNTS: Readonly<Record<Severity, number>> = { error: 0, warning: 0, info: 0 };

/** The NDJSON line of a checked file: which file, whose disclosure and which year, then the report itself. */
function reportLine(file: string, body: string | undefined, year: number | null, report: Report): string {
  return JSON.stringify({ kind: "report", file, body: body ?? null, year, ...report });
}

/** Checks one file and formats what the run wants of it. Never throws for a bad file: that is a result too. */
export async function runFileJob(
  index: number,
  file: string,
  settings: JobSettings,
  catalog: Catalog | undefined,
): Promise<JobResult> {
  const outcome = await checkFile(file, {
    language: settings.language,
    ...(catalog !== undefined && { catalog }),
    ...(settings.year !== undefined && { year: settings.year }),
  });
  const workbook = file.split(/[\\/]/).pop() ?? file;
  if (!outcome.ok) {
    const line = readProblemLine(outcome.problem, settings.language);
    const detail = "detail" in outcome.problem ? outcome.problem.detail : undefined;
    return {
      index,
      row: { file, workbook, counts: NO_COUNTS, accepted: 0, tables: 0, unreadable: line },
      problemLine: line,
      ...(settings.want.ndjson && {
        ndjson: JSON.stringify({
          kind: "unreadable",
          file,
          error: { kind: outcome.problem.kind, message: line, ...(detail !== undefined && { detail }) },
        }),
      }),
    };
  }
  const { report, body, year } = outcome;
  const row: SummaryRow = {
    file,
    workbook: report.workbook,
    ...(body !== undefined && { body }),
    year,
    counts: report.summary,
    accepted: 0,
    tables: report.tables.length,
  };
  return {
    index,
    row,
    ...(settings.want.ndjson && { ndjson: reportLine(file, body, year, report) }),
    ...(settings.want.text && { text: textReport(report, settings.language, settings.colour ? COLOUR : NO_COLOUR) }),
    ...(settings.want.json && { json: JSON.stringify(report, null, 2) }),
    ...(settings.want.rows && { rows: findingRows(report) }),
  };
}
