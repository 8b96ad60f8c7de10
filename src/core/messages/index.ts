import type { Finding, FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import { en } from "./en";
import type { Language, RuleMessages } from "./types";
import { zhCN } from "./zh-CN";

export type { Language, RuleMessages } from "./types";
export { englishCatalogSource } from "./catalog-source";

const BY_LANGUAGE: Readonly<Record<Language, RuleMessages>> = { zh: zhCN, en };

/** The sentence for a finding in the given language. */
export function messageFor(finding: Finding, language: Language): string {
  return render(BY_LANGUAGE[language], finding);
}

/** The rule's own sentence: typed by the rule, so the sentence gets the parameters it was written for. */
function render<R extends RuleId>(messages: RuleMessages, finding: FindingOf<R>): string {
  const message: (finding: FindingOf<R>) => string = messages[finding.rule];
  return message(finding);
}
