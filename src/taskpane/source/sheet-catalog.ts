import type { Catalog, CellValue } from "../../core";
import { BUNDLED_YEAR, bundledCatalog, catalogFromGrid, layerCatalogs } from "../../core";

export type SheetCatalogOutcome =
  | { readonly ok: true; readonly catalog: Catalog; readonly rows: number; readonly problems: readonly string[] }
  | { readonly ok: false; readonly reason: "empty" };

const YEAR = /(20\d\d)\s*年?/;
const SCAN_ROWS = 5;

/** The year a catalog sheet names in its name or first rows ("2024年政府收支分类科目"), as the command line reads it. */
export function sheetCatalogYear(sheet: string, values: readonly (readonly CellValue[])[]): number | undefined {
  for (const text of [sheet, ...values.slice(0, SCAN_ROWS).flat()]) {
    const match = typeof text === "string" ? YEAR.exec(text) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * The official catalog on a sheet of the open workbook, layered over the bundled catalog of its year (as
 * `--catalog FILE` does), so the bureau's rows win and the bundled ones fill what the sheet lacks.
 */
export function catalogFromSheet(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  workbook: string,
): SheetCatalogOutcome {
  const year = sheetCatalogYear(sheet, values) ?? BUNDLED_YEAR;
  const loaded = catalogFromGrid(values, { year, source: `${workbook} / ${sheet}` });
  const rows = loaded.catalog.entries?.().length ?? 0;
  if (rows === 0) return { ok: false, reason: "empty" };
  return { ok: true, catalog: layerCatalogs(loaded.catalog, bundledCatalog(year)), rows, problems: loaded.problems };
}
