/**
 * The settings file of a run: budget-check.config.json found upward from each workbook's folder (the nearest one
 * wins, so a bureau keeps one at the top of its submissions folder and a department may override it), or the one
 * --config names for every workbook. All files a run needs are read before any workbook is checked, so a bad one
 * stops the run with one line naming the key (exit 2) instead of failing half-way.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Settings, SettingsProblem } from "../core";
import { parseSettings } from "../core";

export const SETTINGS_FILE_NAME = "budget-check.config.json";

export type SettingsFileOutcome =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly file: string; readonly problem: SettingsProblem | { kind: "unreadable"; key: "" } };

export async function readSettingsFile(file: string): Promise<SettingsFileOutcome> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { ok: false, file, problem: { kind: "unreadable", key: "" } };
  }
  const parsed = parseSettings(text);
  return parsed.ok ? parsed : { ok: false, file, problem: parsed.problem };
}

/** Finds the nearest settings file at or above a folder; answers are cached per folder (a batch shares folders). */
export class SettingsFinder {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  find(folder: string): Promise<string | undefined> {
    const key = path.resolve(folder);
    let answer = this.cache.get(key);
    if (answer === undefined) {
      answer = this.look(key);
      this.cache.set(key, answer);
    }
    return answer;
  }

  private async look(folder: string): Promise<string | undefined> {
    const candidate = path.join(folder, SETTINGS_FILE_NAME);
    const stat = await fs.stat(candidate).catch(() => undefined);
    if (stat?.isFile()) return candidate;
    const parent = path.dirname(folder);
    return parent === folder ? undefined : this.find(parent);
  }
}

export interface RunSettings {
  /** The settings file of each file to check (by index), when there is one. */
  readonly fileSettings: readonly (string | undefined)[];
  /** Each settings file used, read and checked. */
  readonly settings: Readonly<Record<string, Settings>>;
}

/** Reads every settings file the files need (or --config's); the first bad one is returned instead. */
export async function runSettings(
  files: readonly string[],
  config: string | undefined,
): Promise<{ ok: true; run: RunSettings } | Extract<SettingsFileOutcome, { ok: false }>> {
  const finder = new SettingsFinder();
  const fileSettings =
    config !== undefined
      ? files.map(() => config)
      : await Promise.all(files.map((file) => finder.find(path.dirname(file))));
  const settings: Record<string, Settings> = {};
  for (const file of new Set([...fileSettings, config])) {
    if (file === undefined) continue;
    const read = await readSettingsFile(file);
    if (!read.ok) return read;
    settings[file] = read.settings;
  }
  return { ok: true, run: { fileSettings, settings } };
}

/** The catalog file a settings file names, relative to the settings file's folder. */
export function settingsCatalogFile(settingsFile: string, settings: Settings): string | undefined {
  const file = settings.catalog?.file;
  return file === undefined ? undefined : path.resolve(path.dirname(settingsFile), file);
}
