/** Rule settings shared by the command line and the pane (host-independent: parsing, precedence, applying). */
export type { RuleNote, RuleSetting, Settings, SettingsLimit, SettingsOutcome, SettingsProblem } from "./types";
export { parseSettings, settingsFromJson } from "./parse";
export { mergeSettings, ruleNotes } from "./merge";
export { applyRuleSettings, checkWithSettings } from "./check";
export { isSettingsXml, parseSettingsXml, settingsXml, SETTINGS_NAMESPACE } from "./xml";
