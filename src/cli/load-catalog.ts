import type { Catalog } from "../core/catalog/types";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readWorkbookFile } from "../host/xlsx/read-workbook";

export type CatalogOutcome =
  | { readonly ok: true; readonly catalog: Catalog | undefined; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: ReadProblem };

/**
 * Reads the catalog sheet a finance bureau hands out (--catalog FILE).
 * (Waiting for src/core/catalog's catalogFromGrid: until it lands the file is read and checked for readability only.)
 */
export async function loadCatalogFile(file: string, _year: number | undefined): Promise<CatalogOutcome> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return read;
  return { ok: true, catalog: undefined, notes: [] };
}

/** The source named in reports when the engine used its bundled catalog. */
export function bundledCatalogSource(year: number | null): string {
  return year === null ? "bundled" : `bundled ${year}`;
}
