/**
 * The BUDGET worksheet functions answer from the catalog the pane checks with: a sheet's official catalog or a
 * bundled year chosen in the settings (none chosen: the bundled catalog). The functions bundle reads it from the
 * holder on the shared runtime's page (src/functions/impl/catalog-registry.ts); in Excel the workbook is then
 * recalculated, since Excel keeps a function's result until its arguments change.
 */
import type { Catalog } from "../../core";
import { useLoadedCatalog } from "../../functions/impl/catalog-registry";
import { recalculateWorkbook } from "../../host/excel/recalculate";

let shared: Catalog | undefined;

export interface ShareOptions {
  /** True inside Excel: recalculate so cells with BUDGET functions show the new catalog's answers. */
  readonly recalculate: boolean;
  /** For tests: what recalculates (default: a full recalculation of the workbook through Office.js). */
  readonly recalculateWith?: () => Promise<void>;
}

/**
 * Puts `catalog` in the functions' holder (undefined: back to the bundled catalog). Returns whether it changed; an
 * unchanged catalog costs no recalculation. A recalculation that fails leaves the old results in the cells until
 * Excel next recalculates them: it never fails the check.
 */
export function shareCatalogWithFunctions(catalog: Catalog | undefined, options: ShareOptions): boolean {
  if (catalog === shared) return false;
  shared = catalog;
  useLoadedCatalog(catalog);
  if (options.recalculate) void (options.recalculateWith ?? recalculateWorkbook)().catch(() => undefined);
  return true;
}
