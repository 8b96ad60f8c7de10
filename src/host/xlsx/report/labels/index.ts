import type { Language } from "../../../../core";
import { en } from "./en";
import type { ReportLabels } from "./types";
import { zhCN } from "./zh-CN";

export type { ReportLabels } from "./types";

const BY_LANGUAGE: Readonly<Record<Language, ReportLabels>> = { zh: zhCN, en };

/** The report workbook's words in a language. */
export function reportLabels(language: Language): ReportLabels {
  return BY_LANGUAGE[language];
}
