/**
 * narrative.yoy (domain.md check 13): "增加 84.41 万元，增长 7.17%" with this year's 1261.66 implies last year
 * 1177.25, so the rate is 84.41 ÷ 1177.25 = 7.17%. The tables carry no last-year figures, so the check is the
 * text's own arithmetic; this year's figure is checked against its table by narrative.amount.
 */
import type { FindingOf } from "../../findings/finding";
import { formatFixed } from "../../money";
import { lastDigitUnit, percentOf } from "../narrative/arithmetic";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { lastYear, statedLevels } from "../narrative/change";
import type { ChangeClaim, Paragraph } from "../narrative/types";
import type { RuleOf } from "../rule";

export const narrativeYoy: RuleOf<"narrative.yoy"> = {
  id: "narrative.yoy",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => (claim.kind === "change" ? checkChange(paragraph, claim) : [])),
    );
  },
};

function checkChange(paragraph: Paragraph, change: ChangeClaim): FindingOf<"narrative.yoy">[] {
  // "增加 84.41 万元" with this year's figure, or last year's and this year's figures stated side by side.
  const years = lastYear(paragraph, change) ?? statedLevels(paragraph, change);
  if (!years || !change.percent || change.noBasis || !years.last.isPositive() || years.last.isZero()) return [];
  const places = change.percent.figure.decimals;
  const printed = change.percent.figure.value.abs();
  const expected = percentOf(years.change.abs(), years.last, places)!;
  if (expected.equals(printed)) return [];
  const difference = printed.minus(expected);
  const byCurrent = percentOf(years.change.abs(), years.current, places);
  return [
    narrativeFinding("narrative.yoy", difference.abs().equals(lastDigitUnit(places)) ? "warning" : "error", paragraph, {
      expected: formatFixed(expected, places),
      actual: formatFixed(printed, places),
      difference: formatFixed(difference, places),
      params: {
        quote: `${quoteOf(years.currentClaim)}；${change.text}`,
        unit: "%",
        current: formatFixed(years.current, years.currentClaim.figure.decimals),
        change: formatFixed(years.change, years.currentClaim.figure.decimals),
        last: formatFixed(years.last, years.currentClaim.figure.decimals),
        ...(byCurrent?.equals(printed) && { divisor: "current" }),
      },
    }),
  ];
}
