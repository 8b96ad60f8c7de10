import type { Finding, FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import { displayAmount } from "../money/format";
import { en } from "./en";
import type { AmountStyle, AmountText, Language, RuleMessages } from "./types";
import { zhCN } from "./zh-CN";

export type { AmountStyle, Language, RuleMessages } from "./types";
export { englishCatalogSource } from "./catalog-source";

const BY_LANGUAGE: Readonly<Record<Language, RuleMessages>> = { zh: zhCN, en };

const AMOUNTS: Readonly<Record<AmountStyle, AmountText>> = {
  plain: (amount) => amount ?? "",
  display: (amount) => (amount === undefined ? "" : displayAmount(amount)),
};

/**
 * The sentence for a finding in the given language. Reports use the plain amounts they hold ("-1261.65"); the pane
 * asks for "display", so its sentences read amounts as its boxes do ("−1,261.65").
 */
export function messageFor(finding: Finding, language: Language, amounts: AmountStyle = "plain"): string {
  return render(BY_LANGUAGE[language], finding, AMOUNTS[amounts]);
}

/** The rule's own sentence: typed by the rule, so the sentence gets the parameters it was written for. */
function render<R extends RuleId>(messages: RuleMessages, finding: FindingOf<R>, amount: AmountText): string {
  const message: (finding: FindingOf<R>, amount: AmountText) => string = messages[finding.rule];
  return message(finding, amount);
}
