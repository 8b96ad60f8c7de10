import type { Finding, FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import { displayAmount } from "../money/format";
import { EN_DIRECTIONS, en, enSides } from "./en";
import type { AmountStyle, AmountText, CodedSidesRule, Language, ReportSides, RuleMessages, SideWords } from "./types";
import { ZH_DIRECTIONS, zhCN, zhSides } from "./zh-CN";

export type { AmountStyle, Language, ReportSides, RuleMessages } from "./types";
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

const SIDES_BY_LANGUAGE: Readonly<Record<Language, SideWords>> = { zh: zhSides, en: enSides };

function hasCodedSides(finding: Finding): finding is FindingOf<CodedSidesRule> {
  return finding.rule in zhSides;
}

/**
 * A finding's expected and actual as the report gives them: its own (amounts, workbook text), or, for a rule whose
 * sides are codes (narrative.direction), in the language's words.
 */
export function sidesFor(finding: Finding, language: Language): ReportSides {
  if (!hasCodedSides(finding)) {
    return {
      ...(finding.expected !== undefined && { expected: finding.expected }),
      ...(finding.actual !== undefined && { actual: finding.actual }),
    };
  }
  return wordSides(SIDES_BY_LANGUAGE[language], finding);
}

function wordSides<R extends CodedSidesRule>(words: SideWords, finding: FindingOf<R>): ReportSides {
  const word: (finding: FindingOf<R>) => ReportSides = words[finding.rule];
  return word(finding);
}

/** Every language's word for a direction, back to its code. */
const DIRECTION_OF_WORD: ReadonlyMap<string, string> = new Map(
  [ZH_DIRECTIONS, EN_DIRECTIONS].flatMap((words) => Object.entries(words).map(([code, word]) => [word, code] as const)),
);

/**
 * A side as findings are matched by (accepted findings, the command line's --baseline): a direction worded in either
 * language is matched as its code, so a finding accepted in the English pane stays accepted when the command line
 * reports in Chinese, and a baseline written with the Chinese words before directions became codes still matches.
 */
export function sideKey(side: string | undefined): string {
  if (side === undefined) return "";
  return DIRECTION_OF_WORD.get(side) ?? side;
}
