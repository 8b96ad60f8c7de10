/**
 * narrative.yoy-no-basis (domain.md check 13): when last year was 0 a rate means nothing; the text must say
 * 无可比性 instead of "增长 100%".
 */
import type { FindingOf } from "../../findings/finding";
import { formatFixed } from "../../money";
import { lastYear } from "../narrative/change";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { ChangeClaim, Paragraph } from "../narrative/types";
import type { RuleOf } from "../rule";

export const narrativeYoyNoBasis: RuleOf<"narrative.yoy-no-basis"> = {
  id: "narrative.yoy-no-basis",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => (claim.kind === "change" ? checkChange(paragraph, claim) : [])),
    );
  },
};

function checkChange(paragraph: Paragraph, change: ChangeClaim): FindingOf<"narrative.yoy-no-basis">[] {
  const years = lastYear(paragraph, change);
  if (!years || !change.percent || change.noBasis || !years.last.isZero() || years.change.isZero()) return [];
  const places = years.currentClaim.figure.decimals;
  return [
    narrativeFinding("narrative.yoy-no-basis", "error", paragraph, {
      actual: formatFixed(change.percent.figure.value, change.percent.figure.decimals),
      params: {
        quote: `${quoteOf(years.currentClaim)}；${change.text}`,
        unit: "%",
        current: formatFixed(years.current, places),
        change: formatFixed(years.change, places),
      },
    }),
  ];
}
