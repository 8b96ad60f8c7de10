import type { ReadOutcome, ReadProblem } from "../xlsx/read-problem";
import { readWorkbookBytes } from "../xlsx/reader/read-workbook-bytes";
import type { ReadLimits } from "../xlsx/reader/limits";

/** What the page gets for a file: the command line's outcome type, so both show the same problems the same way. */
export type BrowserReadOutcome = ReadOutcome;
export type BrowserReadProblem = ReadProblem;

/**
 * Reads the bytes of a file the user opened in the page with the command line's reader (src/host/xlsx/reader):
 * the same file-kind checks, limits and one-line problems; nothing throws, nothing is uploaded.
 */
export async function readXlsxBytes(bytes: ArrayBuffer, name: string, limits?: ReadLimits): Promise<ReadOutcome> {
  return Promise.resolve(readWorkbookBytes(new Uint8Array(bytes), name, limits));
}
