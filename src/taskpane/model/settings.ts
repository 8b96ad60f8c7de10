import type { Profile, Language } from "../../core";
import { foldWidth } from "../../core";

/** Where the catalog comes from: the bundled one for a year, or a sheet of the workbook the user picked. */
export type CatalogChoice =
  { readonly kind: "bundled"; readonly year: number | "auto" } | { readonly kind: "sheet"; readonly sheet: string };

export interface PaneSettings {
  readonly language: Language;
  readonly profile: Profile;
  /** Decimal string in the unit of the judged cell; "" means none (domain.md "Rounding" alone decides). */
  readonly tolerance: string;
  readonly catalog: CatalogChoice;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  language: "zh",
  profile: "auto",
  tolerance: "",
  catalog: { kind: "bundled", year: "auto" },
};

export const PROFILES: readonly Profile[] = ["auto", "henan", "shanghai", "national"];

/**
 * Reads what the user typed as a tolerance: blank → "" (none); a non-negative decimal with at most 4 places
 * (full-width digits accepted) → its canonical string; anything else → undefined, so the field can say it is wrong.
 */
export function parseTolerance(text: string): string | undefined {
  const ascii = foldWidth(text).trim();
  if (ascii === "") return "";
  const match = /^(\d{1,9})(?:\.(\d{1,4}))?$|^\.(\d{1,4})$/.exec(ascii);
  if (!match) return undefined;
  const whole = (match[1] ?? "0").replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? match[3] ?? "").replace(/0+$/, "");
  return fraction === "" ? whole : `${whole}.${fraction}`;
}

const STORAGE_KEY = "budget-check.pane-settings";

/** Settings remembered from an earlier session, or the defaults; a damaged or foreign value falls back field by field. */
export function restoreSettings(stored: string | null): PaneSettings {
  if (!stored) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_SETTINGS;
  const value = raw as Record<string, unknown>;
  const language = value.language === "en" || value.language === "zh" ? value.language : DEFAULT_SETTINGS.language;
  const profile = PROFILES.find((p) => p === value.profile) ?? DEFAULT_SETTINGS.profile;
  const tolerance = typeof value.tolerance === "string" ? (parseTolerance(value.tolerance) ?? "") : "";
  // A catalog sheet belongs to one workbook; a new session starts from the bundled catalog.
  const year = (value.catalog as { year?: unknown } | undefined)?.year;
  const catalog: CatalogChoice =
    typeof year === "number" && Number.isInteger(year) ? { kind: "bundled", year } : DEFAULT_SETTINGS.catalog;
  return { language, profile, tolerance, catalog };
}

export { STORAGE_KEY as SETTINGS_STORAGE_KEY };
