/**
 * Catalogs by (file, year), loaded once per thread: --catalog, a settings file's catalog, or the bundled catalog
 * of a settings file's year. The main thread has already loaded each one to check it reads; a worker loads its own.
 */
import type { Catalog } from "../core";
import { bundledCatalog } from "../core";
import { loadCatalogFile } from "./load-catalog";

const loaded = new Map<string, Promise<Catalog | undefined>>();

/** The catalog for a file and year; undefined (the engine's bundled default) when neither is given. */
export function catalogFor(file: string | undefined, year: number | undefined): Promise<Catalog | undefined> {
  if (file === undefined && year === undefined) return Promise.resolve(undefined);
  const key = `${file ?? ""}|${year ?? ""}`;
  let catalog = loaded.get(key);
  if (catalog === undefined) {
    catalog =
      file === undefined
        ? Promise.resolve(bundledCatalog(year))
        : loadCatalogFile(file, year).then((outcome) => (outcome.ok ? outcome.catalog : undefined));
    loaded.set(key, catalog);
  }
  return catalog;
}

/** A catalog the main thread already has (--catalog), so --jobs 1 does not read it twice. */
export function rememberCatalog(file: string, year: number | undefined, catalog: Catalog): void {
  loaded.set(`${file}|${year ?? ""}`, Promise.resolve(catalog));
}
