/**
 * narrative.scope (info): a figure whose words make it something other than a whole-department total — a part of
 * the units ("下属1家机关和1家参公事业单位…", "本级") or a change ("与上年预算一致0万元") — is not compared with the
 * department's totals; the report says so and why, instead of a false mismatch. Also said, so no figure is skipped
 * silently: a change that nothing in the text or the tables can check ("比2024年预算减少2,389.52万元" with no
 * rate or last year's figure beside it: the tables carry no last-year figures), and a threshold ("单价100万元（含）
 * 以上"), which is a rule's limit, not an amount.
 */
import type { FindingOf } from "../../findings/finding";
import { findThresholds } from "../narrative/figures";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { tieNaming } from "../narrative/tie";
import type { ChangeClaim, Paragraph } from "../narrative/types";
import type { RuleOf } from "../rule";

export const narrativeScope: RuleOf<"narrative.scope"> = {
  id: "narrative.scope",
  check(context) {
    return narrativeParagraphs(context.workbook)
      .flatMap((paragraph) =>
        paragraph.claims.flatMap((claim) => {
          if (claim.kind !== "amount" || !claim.naming.notCompared) return [];
          // Compared after all with a quantity of the same scope (the 三公 table's 机关运行经费 column).
          if (tieNaming(claim.naming, context.quantities, context.workbook).length > 0) return [];
          return [
            narrativeFinding("narrative.scope", "info", paragraph, {
              actual: claim.figure.text.replace(/,/g, ""),
              params: {
                quote: quoteOf(claim),
                unit: claim.unit,
                reason: claim.naming.notCompared.reason,
                scopeWords: claim.naming.notCompared.words,
              },
            }),
          ];
        }),
      )
      .concat(
        narrativeParagraphs(context.workbook).flatMap((paragraph) => [
          ...unchecked(paragraph),
          ...thresholds(paragraph),
        ]),
      );
  },
};

/**
 * narrative.yoy checks a rate against the change amount, or against last year's figure the sentence states; a
 * change amount or rate with neither beside it has nothing to be checked against.
 */
function checkable(change: ChangeClaim): boolean {
  return change.percent !== undefined && (change.amount !== undefined || change.previous !== undefined);
}

function unchecked(paragraph: Paragraph): FindingOf<"narrative.scope">[] {
  return paragraph.claims.flatMap((claim) => {
    if (claim.kind !== "change" || claim.noBasis || checkable(claim)) return [];
    const figure = claim.amount ?? claim.percent;
    // A zero change is checked after all: narrative.direction holds its word (持平, 增加 …) against the zero.
    if (!figure || figure.figure.value.isZero()) return [];
    return [
      narrativeFinding("narrative.scope", "info", paragraph, {
        actual: figure.figure.text.replace(/,/g, ""),
        params: {
          quote: claim.text,
          unit: claim.amount ? claim.amount.unit : "%",
          reason: "no-last-year",
          scopeWords: figure.word,
        },
      }),
    ];
  });
}

/** "单价100万元(含)以上": the words of the threshold around its figure, within its clause. */
function thresholdWords(text: string, start: number, end: number): { quote: string; words: string } {
  const before =
    text
      .slice(Math.max(0, start - 8), start)
      .split(/[;,。、:]/)
      .pop() ?? "";
  const words = /^\s*(\(含\)|（含）)?\s*(及以上|及以下|以上|以下|以内)?/.exec(text.slice(end))?.[0] ?? "";
  return { quote: `${before}${text.slice(start, end)}${words}`, words: words.trim() };
}

function thresholds(paragraph: Paragraph): FindingOf<"narrative.scope">[] {
  const text = normaliseNarrative(paragraph.text);
  return findThresholds(text).map((figure) => {
    const { quote, words } = thresholdWords(text, figure.start, figure.end);
    return narrativeFinding("narrative.scope", "info", paragraph, {
      actual: figure.number.text.replace(/,/g, ""),
      params: { quote, unit: figure.unit ?? "%", reason: "threshold", scopeWords: words },
    });
  });
}
