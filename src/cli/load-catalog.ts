import * as path from "node:path";
import type { Catalog, CellValue, SheetSnapshot } from "../core";
import { BUNDLED_YEAR, bundledCatalog, catalogFromGrid, layerCatalogs } from "../core";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readWorkbookFile } from "../host/xlsx/read-workbook";

export type CatalogOutcome =
  | { readonly ok: true; readonly catalog: Catalog; readonly problems: readonly string[] }
  | { readonly ok: false; readonly problem: ReadProblem };

const YEAR = /(20\d\d)\s*年?/;
const SCAN_ROWS = 5;

/** The sheet holding the catalog: the one with the most non-blank rows (bureaus add cover or note sheets). */
function catalogSheet(sheets: readonly SheetSnapshot[]): SheetSnapshot | undefined {
  const filled = (sheet: SheetSnapshot) => sheet.values.filter((row) => row.some((v) => v !== null && v !== "")).length;
  return [...sheets].sort((a, b) => filled(b) - filled(a))[0];
}

/** The year a catalog file names: in its file name, its sheet name or its first rows ("2024年政府收支分类科目"). */
export function catalogYear(fileName: string, sheet: SheetSnapshot): number | undefined {
  const texts: CellValue[] = [path.basename(fileName), sheet.name, ...sheet.values.slice(0, SCAN_ROWS).flat()];
  for (const text of texts) {
    const match = typeof text === "string" ? YEAR.exec(text) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Reads the catalog sheet a finance bureau hands out (--catalog FILE) and layers it over the bundled catalog, so
 * the bureau's rows win and the bundled rows fill the kinds the sheet does not list. The year is --year, else the
 * one the file names, else the bundled catalog's year. Problems in the sheet come back as notes (English, from
 * the catalog reader), the catalog is still used.
 */
export async function loadCatalogFile(file: string, year: number | undefined): Promise<CatalogOutcome> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return read;
  const sheet = catalogSheet(read.snapshot.sheets);
  if (!sheet) return { ok: false, problem: { kind: "corrupt", file, detail: "no sheet" } };
  const catalogYearUsed = year ?? catalogYear(file, sheet) ?? BUNDLED_YEAR;
  const source = `${path.basename(file)}${read.snapshot.sheets.length > 1 ? ` / ${sheet.name}` : ""}`;
  const loaded = catalogFromGrid(sheet.values, { year: catalogYearUsed, source });
  return {
    ok: true,
    catalog: layerCatalogs(loaded.catalog, bundledCatalog(catalogYearUsed)),
    problems: loaded.problems,
  };
}
