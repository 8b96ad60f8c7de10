/**
 * One set of read limits for a file: the --max-… flags win over the settings file's `limits`, which win over the
 * reader's defaults (docs/cli.md "Limits"). The settings file names them in its own style (maxFileMB …).
 */
import type { Settings, SettingsLimit } from "../core";
import { limitFromFlag, withLimits, type LimitName, type ReadLimits } from "../host/xlsx/reader/limits";

const SETTINGS_LIMIT_NAMES: Readonly<Record<SettingsLimit, LimitName>> = {
  maxFileMB: "file-size",
  maxUnzippedMB: "unzipped-size",
  maxCompressionRatio: "compression-ratio",
  maxParts: "parts",
  maxSheetCells: "sheet-cells",
  maxCells: "workbook-cells",
  maxCellChars: "cell-chars",
};

/** The limits a file is read under: flags over its settings file over the defaults. */
export function readLimitsFor(settings: Settings | undefined, flags: Partial<ReadLimits> | undefined): ReadLimits {
  const fromSettings: Partial<Record<LimitName, number>> = {};
  for (const [key, value] of Object.entries(settings?.limits ?? {})) {
    const limit = SETTINGS_LIMIT_NAMES[key as SettingsLimit];
    if (value !== undefined) fromSettings[limit] = limitFromFlag(limit, value);
  }
  return withLimits({ ...fromSettings, ...flags });
}
