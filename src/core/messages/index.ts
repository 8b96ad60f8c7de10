import type { Finding } from "../findings/finding";
import { en } from "./en";
import type { Language, RuleMessages } from "./types";
import { zhCN } from "./zh-CN";

export type { Language, RuleMessages } from "./types";

const BY_LANGUAGE: Readonly<Record<Language, RuleMessages>> = { zh: zhCN, en };

/** The sentence for a finding in the given language. */
export function messageFor(finding: Finding, language: Language): string {
  return BY_LANGUAGE[language][finding.rule](finding);
}
