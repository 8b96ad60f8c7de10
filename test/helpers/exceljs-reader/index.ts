/**
 * The ExcelJS-based reader the product used before src/host/xlsx/reader, kept as the reference the new reader is
 * compared with (test/xlsx/reader-parity.test.ts) and as a candidate in bench/reader.bench.ts. Not shipped.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { IGNORED_NODES } from "./ignored-nodes";
import { sheetSnapshot } from "./sheet-snapshot";

/** Reads .xlsx bytes as the old reader did; throws where it failed. */
export async function readWithExcelJs(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings want its own Buffer type; a Node Buffer over the same bytes is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, {
    ignoreNodes: IGNORED_NODES,
  });
  const date1904 = workbook.properties?.date1904 === true;
  return { name, sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, date1904)) };
}
