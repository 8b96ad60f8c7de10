/**
 * Rule settings shared by the command line and the pane (issue 10 "Settings shared by the pane and the command
 * line"): which rules are off, a rule's severity, the rounding tolerance per unit, the profile, the catalog, the
 * limits. Plain data, the same whether it came from budget-check.config.json, the workbook or the pane; the JSON
 * Schema schemas/budget-check.config.schema.json documents the file form.
 */
import type { Severity } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import type { Profile } from "../engine/types";
import type { AmountUnit } from "../money";

/** A rule turned off, or reported at another severity. */
export type RuleSetting = "off" | Severity;

/** The read limits a settings file may set: sizes in MB, the others counts (docs/cli.md "Limits"). */
export const SETTINGS_LIMITS = [
  "maxFileMB",
  "maxUnzippedMB",
  "maxCompressionRatio",
  "maxParts",
  "maxSheetCells",
  "maxCells",
  "maxCellChars",
] as const;
export type SettingsLimit = (typeof SETTINGS_LIMITS)[number];

/** The units a tolerance can be given for: the money module's 元 and 万元. */
export type { AmountUnit };

export interface Settings {
  readonly rules?: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  /** Differences up to this (a decimal string, in the unit of the cell judged) are warnings, not errors. */
  readonly tolerance?: Readonly<Partial<Record<AmountUnit, string>>>;
  readonly profile?: Profile;
  /** The catalog file (relative to the settings file's folder) and its year. */
  readonly catalog?: { readonly file?: string; readonly year?: number };
  /**
   * Read limits, the same set as the command line's --max-… flags (a flag wins over the settings file, which wins
   * over the defaults); a file past one is reported as unreadable, naming the limit.
   */
  readonly limits?: Readonly<Partial<Record<SettingsLimit, number>>>;
}

/** Why a settings file was refused, naming the key ("rules.sum.total", "tolerance.万元"). */
export interface SettingsProblem {
  readonly kind: "not-json" | "not-an-object" | "unknown-key" | "bad-value";
  readonly key: string;
  /** The parser's first line for not-json; the value as written for bad-value. */
  readonly detail?: string;
}

export type SettingsOutcome =
  { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly problem: SettingsProblem };

/** A rule the settings turned off or re-graded: every one is listed in the report, so nothing is hidden silently. */
export interface RuleNote {
  readonly rule: RuleId;
  readonly setting: RuleSetting;
  /** Where the setting came from (the settings file's path, "--config", "workbook"). */
  readonly source: string;
}
