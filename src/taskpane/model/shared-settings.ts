/**
 * The pane's settings as the settings shared with the command line (src/core/settings): what the pane writes into
 * the workbook and exports as budget-check.config.json, and what it takes from a workbook's stored settings. Keys
 * the pane has no control for (rules, limits, a catalog file) are kept as stored, never dropped.
 */
import type { Settings } from "../../core";
import type { PaneSettings } from "./settings";

export const SETTINGS_FILE_NAME = "budget-check.config.json";

/** One tolerance for both units when the stored settings give one (or the same for both); else undefined. */
function uniformTolerance(settings: Settings): string | undefined {
  const values = new Set(Object.values(settings.tolerance ?? {}));
  const units = Object.keys(settings.tolerance ?? {}).length;
  return values.size === 1 && units === 2 ? [...values][0] : undefined;
}

/** The shared settings for the pane's choices, over the stored ones (none: from the pane's choices alone). */
export function sharedSettingsOf(pane: PaneSettings, stored: Settings = {}): Settings {
  const { profile: _profile, tolerance, catalog, ...kept } = stored;
  // The pane's one tolerance holds for both units; a per-unit one the pane cannot show stays while the field is blank.
  const keepTolerance = pane.tolerance === "" && tolerance !== undefined && uniformTolerance(stored) === undefined;
  const year = pane.catalog.kind === "bundled" ? pane.catalog.year : catalog?.year;
  const file = catalog?.file;
  const nextCatalog = {
    ...(file !== undefined && { file }),
    ...(typeof year === "number" && { year }),
  };
  return {
    ...kept,
    ...(pane.profile !== "auto" && { profile: pane.profile }),
    ...(pane.tolerance !== "" && { tolerance: { 元: pane.tolerance, 万元: pane.tolerance } }),
    ...(keepTolerance && { tolerance }),
    ...(Object.keys(nextCatalog).length > 0 && { catalog: nextCatalog }),
  };
}

/** The pane's choices as the workbook's stored settings say (the language, and a catalog sheet, stay the pane's). */
export function paneSettingsFrom(pane: PaneSettings, stored: Settings): PaneSettings {
  const year = stored.catalog?.year;
  return {
    ...pane,
    profile: stored.profile ?? "auto",
    tolerance: uniformTolerance(stored) ?? "",
    catalog: pane.catalog.kind === "sheet" ? pane.catalog : { kind: "bundled", year: year ?? "auto" },
  };
}

/** The text of budget-check.config.json: the shared settings, with the schema that documents them. */
export function settingsFileText(settings: Settings): string {
  return JSON.stringify({ $schema: "./budget-check.config.schema.json", ...settings }, null, 2) + "\n";
}
