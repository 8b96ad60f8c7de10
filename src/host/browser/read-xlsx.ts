import type { Workbook } from "exceljs";
import type { WorkbookSnapshot } from "../../core";
// The file adapter's sheet conversion is pure ExcelJS (no fs), so the page and the command line read alike.
import { sheetSnapshot } from "../xlsx/sheet-snapshot";
import { IGNORED_NODES } from "../xlsx/ignored-nodes";

/** Why the page could not read a file: returned as a value, shown in the user's language. */
export type BrowserReadProblem =
  | { readonly kind: "refused"; readonly file: string }
  | { readonly kind: "corrupt"; readonly file: string; readonly detail: string };

export type BrowserReadOutcome =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly problem: BrowserReadProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The ExcelJS workbook class; the page loads ExcelJS only when it first reads a file (a separate bundle chunk). */
export type WorkbookFactory = () => Promise<Workbook>;

const importExcelJs = () => import(/* webpackChunkName: "exceljs" */ "exceljs");
let exceljs: ReturnType<typeof importExcelJs> | undefined;

/** Starts loading ExcelJS (about 0.9 MB) if not yet started; call it early to overlap with other work. */
export function preloadExcelJs(): ReturnType<typeof importExcelJs> {
  exceljs ??= importExcelJs();
  return exceljs;
}

const exceljsWorkbook: WorkbookFactory = async () => {
  const { default: ExcelJS } = await preloadExcelJs();
  return new ExcelJS.Workbook();
};

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

/**
 * Reads the bytes of an .xlsx/.xlsm the user opened in the page into a snapshot, as the command line reads a file:
 * other file types (.xls, .et, PDF, …) are refused with a hint, damaged files are reported, nothing throws.
 */
export async function readXlsxBytes(
  bytes: ArrayBuffer,
  name: string,
  newWorkbook: WorkbookFactory = exceljsWorkbook,
): Promise<BrowserReadOutcome> {
  if (!/\.(xlsx|xlsm)$/i.test(name)) return { ok: false, problem: { kind: "refused", file: name } };
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (!ZIP.every((byte, i) => head[i] === byte)) {
    return { ok: false, problem: { kind: "corrupt", file: name, detail: "not a zip archive" } };
  }
  try {
    const workbook = await newWorkbook();
    await workbook.xlsx.load(bytes, { ignoreNodes: IGNORED_NODES });
    const date1904 = workbook.properties.date1904 === true;
    return { ok: true, snapshot: { name, sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, date1904)) } };
  } catch (error) {
    return { ok: false, problem: { kind: "corrupt", file: name, detail: firstLine(error) } };
  }
}
