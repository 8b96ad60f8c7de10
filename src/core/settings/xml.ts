/**
 * Settings stored in the workbook (issue 10): one custom XML part whose text is the settings file's JSON, so the
 * pane, the command line and a person reading the part see the same keys as budget-check.config.json, and the part
 * is checked by the same strict reader (an unknown key is refused, naming it).
 *
 *   <budgetCheckSettings xmlns="urn:budget-check:settings:1">{"rules":{"code.unverifiable":"off"}}</budgetCheckSettings>
 */
import { parseSettings } from "./parse";
import type { Settings, SettingsOutcome } from "./types";

export const SETTINGS_NAMESPACE = "urn:budget-check:settings:1";

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescape = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

/** The part's XML for settings. */
export function settingsXml(settings: Settings): string {
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}">${escape(JSON.stringify(settings))}</budgetCheckSettings>`,
  ].join("\n");
}

/** True when an XML text is the settings part (a workbook may hold other custom XML parts). */
export function isSettingsXml(xml: string): boolean {
  return /<(?:\w+:)?budgetCheckSettings\b[^>]*\bxmlns(?::\w+)?="urn:budget-check:settings:1"/.test(xml);
}

/** The settings of the part, read as strictly as a settings file; an empty part holds no settings. */
export function parseSettingsXml(xml: string): SettingsOutcome {
  const body = /<(?:\w+:)?budgetCheckSettings\b[^>]*>([\s\S]*?)<\/(?:\w+:)?budgetCheckSettings>/.exec(xml)?.[1];
  if (body === undefined || body.trim() === "") return { ok: true, settings: {} };
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  return parseSettings(cdata ? cdata[1]! : unescape(body));
}
