/**
 * Precedence (issue 10): command-line flags, then the settings file, then settings stored in the workbook, then the
 * defaults. Layers are merged key by key (a rule set in the workbook stays unless the file sets the same rule).
 */
import type { RuleNote, Settings } from "./types";

/** Merges layers given from the strongest to the weakest; absent layers are skipped. */
export function mergeSettings(...layers: readonly (Settings | undefined)[]): Settings {
  let merged: Settings = {};
  for (const layer of [...layers].reverse()) {
    if (layer === undefined) continue;
    merged = {
      ...merged,
      ...layer,
      ...((merged.rules !== undefined || layer.rules !== undefined) && { rules: { ...merged.rules, ...layer.rules } }),
      ...((merged.tolerance !== undefined || layer.tolerance !== undefined) && {
        tolerance: { ...merged.tolerance, ...layer.tolerance },
      }),
      ...((merged.catalog !== undefined || layer.catalog !== undefined) && {
        catalog: { ...merged.catalog, ...layer.catalog },
      }),
      ...((merged.limits !== undefined || layer.limits !== undefined) && {
        limits: { ...merged.limits, ...layer.limits },
      }),
    };
  }
  return merged;
}

/** Every rule turned off or re-graded, in rule id order, with where the setting came from. */
export function ruleNotes(settings: Settings, source: string): RuleNote[] {
  return Object.entries(settings.rules ?? {})
    .filter((entry): entry is [RuleNote["rule"], RuleNote["setting"]] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, setting]) => ({ rule, setting, source }));
}
