/**
 * Reads settings from parsed JSON, strictly: an unknown key or a wrong value is refused with the key named, since a
 * misspelt rule id silently ignored would leave a reviewer believing a rule is off when it is not.
 */
import { SEVERITIES } from "../findings/finding";
import { RULE_IDS, type RuleId } from "../findings/rule-ids";
import type { Profile } from "../engine/types";
import type { AmountUnit, RuleSetting, Settings, SettingsLimit, SettingsOutcome, SettingsProblem } from "./types";
import { SETTINGS_LIMITS } from "./types";

const PROFILES: readonly Profile[] = ["auto", "henan", "shanghai", "national"];
const UNITS: readonly AmountUnit[] = ["元", "万元"];
const TOP_KEYS = ["$schema", "rules", "tolerance", "profile", "catalog", "limits"] as const;
const DECIMAL = /^\d+(\.\d+)?$/;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

class Refused extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(problem.key);
  }
}

const refuse = (kind: SettingsProblem["kind"], key: string, value?: unknown): never => {
  throw new Refused({ kind, key, ...(value !== undefined && { detail: JSON.stringify(value) }) });
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, key: string): Record<string, unknown> {
  return isObject(value) ? value : refuse("bad-value", key, value);
}

function rulesOf(value: unknown): Partial<Record<RuleId, RuleSetting>> {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [rule, setting] of Object.entries(objectAt(value, "rules"))) {
    const key = `rules.${rule}`;
    if (!(RULE_IDS as readonly string[]).includes(rule)) refuse("unknown-key", key);
    if (setting !== "off" && !(SEVERITIES as readonly unknown[]).includes(setting)) refuse("bad-value", key, setting);
    rules[rule as RuleId] = setting as RuleSetting;
  }
  return rules;
}

function toleranceOf(value: unknown): Partial<Record<AmountUnit, string>> {
  const tolerance: Partial<Record<AmountUnit, string>> = {};
  for (const [unit, amount] of Object.entries(objectAt(value, "tolerance"))) {
    const key = `tolerance.${unit}`;
    if (!(UNITS as readonly string[]).includes(unit)) refuse("unknown-key", key);
    // A string keeps the decimals exact; a plain JSON number is accepted when it reads the same.
    const text = typeof amount === "number" && Number.isFinite(amount) && amount >= 0 ? String(amount) : amount;
    if (typeof text !== "string" || !DECIMAL.test(text)) refuse("bad-value", key, amount);
    tolerance[unit as AmountUnit] = text as string;
  }
  return tolerance;
}

function catalogOf(value: unknown): { file?: string; year?: number } {
  const catalog: { file?: string; year?: number } = {};
  for (const [name, item] of Object.entries(objectAt(value, "catalog"))) {
    const key = `catalog.${name}`;
    if (name === "file") {
      if (typeof item !== "string" || item.trim() === "") refuse("bad-value", key, item);
      catalog.file = item as string;
    } else if (name === "year") {
      if (!Number.isInteger(item) || (item as number) < FIRST_YEAR || (item as number) > LAST_YEAR)
        refuse("bad-value", key, item);
      catalog.year = item as number;
    } else refuse("unknown-key", key);
  }
  return catalog;
}

function limitsOf(value: unknown): Partial<Record<SettingsLimit, number>> {
  const limits: Partial<Record<SettingsLimit, number>> = {};
  for (const [name, item] of Object.entries(objectAt(value, "limits"))) {
    const key = `limits.${name}`;
    if (!(SETTINGS_LIMITS as readonly string[]).includes(name)) refuse("unknown-key", key);
    if (typeof item !== "number" || !(item > 0) || !Number.isFinite(item)) refuse("bad-value", key, item);
    // Sizes may be a fraction of a MB; counts are whole.
    if (!name.endsWith("MB") && !Number.isInteger(item)) refuse("bad-value", key, item);
    limits[name as SettingsLimit] = item as number;
  }
  return limits;
}

/** Settings from an already parsed JSON value. */
export function settingsFromJson(value: unknown): SettingsOutcome {
  try {
    if (!isObject(value)) return { ok: false, problem: { kind: "not-an-object", key: "" } };
    const settings: {
      -readonly [K in keyof Settings]: Settings[K];
    } = {};
    for (const [key, item] of Object.entries(value)) {
      if (!(TOP_KEYS as readonly string[]).includes(key)) refuse("unknown-key", key);
      if (key === "rules") settings.rules = rulesOf(item);
      else if (key === "tolerance") settings.tolerance = toleranceOf(item);
      else if (key === "profile") {
        if (!(PROFILES as readonly unknown[]).includes(item)) refuse("bad-value", key, item);
        settings.profile = item as Profile;
      } else if (key === "catalog") settings.catalog = catalogOf(item);
      else if (key === "limits") settings.limits = limitsOf(item);
    }
    return { ok: true, settings };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** Settings from the text of a settings file. */
export function parseSettings(text: string): SettingsOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, "")); // Notepad saves UTF-8 with a byte-order mark
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
    return { ok: false, problem: { kind: "not-json", key: "", detail } };
  }
  return settingsFromJson(value);
}
