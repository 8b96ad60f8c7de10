import type { Language } from "../../core";
import { en } from "./en";
import type { PaneStrings } from "./types";
import { zhCN } from "./zh-CN";

export type { PaneStrings } from "./types";
export { zhCN, en };

const BY_LANGUAGE: Readonly<Record<Language, PaneStrings>> = { zh: zhCN, en };

/** The pane's labels in a language. */
export function paneStrings(language: Language): PaneStrings {
  return BY_LANGUAGE[language];
}
