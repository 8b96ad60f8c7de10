import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../core";
import { fileKind, looksLikeZip } from "./file-kind";
import { IGNORED_NODES } from "./ignored-nodes";
import type { ReadProblem } from "./read-problem";
import { sheetSnapshot } from "./sheet-snapshot";

export type ReadOutcome =
  { readonly ok: true; readonly snapshot: WorkbookSnapshot } | { readonly ok: false; readonly problem: ReadProblem };

/** The first line of a parser's message: enough to tell a user what went wrong, never a stack trace. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

/** Reads workbook bytes into a snapshot; `name` is the file name shown in reports and decides the accepted types. */
export async function readWorkbookBuffer(bytes: Uint8Array, name: string): Promise<ReadOutcome> {
  const kind = fileKind(name, bytes);
  if (kind !== "xlsx") return { ok: false, problem: { kind, file: name } };
  if (!looksLikeZip(bytes)) return { ok: false, problem: { kind: "corrupt", file: name, detail: "not a zip archive" } };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer type; the bytes are a Node Buffer or a view on one.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: IGNORED_NODES,
      },
    );
  } catch (error) {
    return { ok: false, problem: { kind: "corrupt", file: name, detail: firstLine(error) } };
  }
  // A zip without a workbook part (another format renamed .xlsx) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0)
    return { ok: false, problem: { kind: "corrupt", file: name, detail: "no worksheet" } };
  const date1904 = workbook.properties?.date1904 === true;
  try {
    return { ok: true, snapshot: { name, sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, date1904)) } };
  } catch (error) {
    return { ok: false, problem: { kind: "corrupt", file: name, detail: firstLine(error) } };
  }
}

/** Reads an .xlsx/.xlsm file into a snapshot named after the file; every expected failure is a ReadProblem value. */
export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, problem: { kind: "not-a-file", file } };
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, problem: { kind: "missing", file } };
    return { ok: false, problem: { kind: "corrupt", file, detail: firstLine(error) } };
  }
  const outcome = await readWorkbookBuffer(bytes, path.basename(file));
  return outcome.ok ? outcome : { ok: false, problem: { ...outcome.problem, file } };
}
