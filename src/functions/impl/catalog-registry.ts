/**
 * Which catalog answers the worksheet functions: the one the user loaded (their finance bureau's sheet) in front of
 * the bundled one, or the bundled catalog alone. The task pane calls useLoadedCatalog after loading or clearing a
 * catalog, then asks Excel to recalculate (Excel keeps function results until their arguments change).
 */
import type { Catalog } from "../../core";
import { bundledCatalog, BUNDLED_YEAR, layerCatalogs } from "../../core";

interface Slot {
  loaded: Catalog | undefined;
  layered: Catalog | undefined;
}

// The task pane and the functions are separate webpack bundles on one page (the shared runtime): each has its own
// copy of this module, so the loaded catalog lives on the page's global object under a registered symbol.
const KEY = Symbol.for("budget-check/loaded-catalog");

let shared: Slot | undefined; // this bundle's handle on the one slot object

function slot(): Slot {
  if (shared !== undefined) return shared;
  const holder = globalThis as unknown as Record<symbol, Slot | undefined>;
  shared = holder[KEY] ?? { loaded: undefined, layered: undefined };
  holder[KEY] = shared;
  return shared;
}

/** Put a loaded catalog in front of the bundled one (undefined: back to the bundled catalog only). */
export function useLoadedCatalog(catalog: Catalog | undefined): void {
  const s = slot();
  s.loaded = catalog;
  s.layered = catalog === undefined ? undefined : layerCatalogs(catalog, bundledCatalog(catalog.year));
}

/** The catalog for a budget year (left out: the loaded catalog's year, else the bundled year). */
export function catalogFor(year?: number): Catalog {
  const { loaded, layered } = slot();
  if (layered !== undefined && loaded !== undefined && (year === undefined || year === loaded.year)) return layered;
  return bundledCatalog(year ?? BUNDLED_YEAR);
}
