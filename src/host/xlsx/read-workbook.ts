/** The command line's file access around the Node-free reader: read a path's bytes, then reader/ does the rest. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { ReadOutcome } from "./read-problem";
import { firstLine } from "./reader/first-line";
import { readWorkbookBytes } from "./reader/read-workbook-bytes";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./reader/limits";

export type { ReadOutcome } from "./read-problem";

/** Reads workbook bytes into a snapshot (the reader itself, for callers that hold bytes). */
export function readWorkbookBuffer(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadOutcome> {
  return Promise.resolve(readWorkbookBytes(bytes, name, limits));
}

/**
 * Reads an .xlsx/.xlsm file into a snapshot named after the file; every expected failure is a ReadProblem value.
 * A file larger than the unzipped-size limit is refused before it is read (a zip is never larger than its content
 * by more than its headers, so such a file would pass the limit once unzipped).
 */
export async function readWorkbookFile(file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    // stat by path first: opening a FIFO or a device would block.
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, problem: { kind: "not-a-file", file } };
    if (stat.size > limits["file-size"])
      return { ok: false, problem: { kind: "limit", file, limit: "file-size", allowed: limits["file-size"] } };
    if (stat.size > limits["unzipped-size"])
      return { ok: false, problem: { kind: "limit", file, limit: "unzipped-size", allowed: limits["unzipped-size"] } };
    // Through fs.open, the one call where tests inject file-system errors (a permission error, test/hostile).
    const handle = await fs.open(file, "r");
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, problem: { kind: "missing", file } };
    return { ok: false, problem: { kind: "corrupt", file, detail: firstLine(error) } };
  }
  const outcome = readWorkbookBytes(bytes, path.basename(file), limits);
  return outcome.ok ? outcome : { ok: false, problem: { ...outcome.problem, file } };
}
