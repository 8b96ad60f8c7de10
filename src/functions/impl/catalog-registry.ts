/**
 * Which catalog answers the worksheet functions: the one the user loaded (their finance bureau's sheet) in front of
 * the bundled one, or the bundled catalog alone. The task pane calls useLoadedCatalog after loading or clearing a
 * catalog, then asks Excel to recalculate (functions.json results are cached per argument set).
 */
import { bundledCatalog, BUNDLED_YEAR, layerCatalogs, type Catalog } from "../../core/catalog";

let loaded: Catalog | undefined;
let layered: Catalog | undefined;

/** Put a loaded catalog in front of the bundled one (undefined: back to the bundled catalog only). */
export function useLoadedCatalog(catalog: Catalog | undefined): void {
  loaded = catalog;
  layered = catalog === undefined ? undefined : layerCatalogs(catalog, bundledCatalog(catalog.year));
}

/** The catalog for a budget year (left out: the loaded catalog's year, else the bundled year). */
export function catalogFor(year?: number): Catalog {
  if (layered !== undefined && loaded !== undefined && (year === undefined || year === loaded.year)) return layered;
  return bundledCatalog(year ?? BUNDLED_YEAR);
}
