/**
 * narrative.share-total (domain.md check 12): shares of one base listed together sum to 100% within rounding
 * (n shares, each half a unit of the last digit) when their parts make up the base; more than 100% never fits.
 */
import type { FindingOf } from "../../findings/finding";
import { formatFixed, reconcile, sumOf } from "../../money";
import { HUNDRED, lastDigitUnit } from "../narrative/arithmetic";
import { narrativeFinding } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { AmountClaim, Paragraph, ShareClaim } from "../narrative/types";
import type { RuleOf } from "../rule";

export const narrativeShareTotal: RuleOf<"narrative.share-total"> = {
  id: "narrative.share-total",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap(checkParagraph);
  },
};

function checkParagraph(paragraph: Paragraph): FindingOf<"narrative.share-total">[] {
  const byBase = new Map<number, ShareClaim[]>();
  for (const claim of paragraph.claims) {
    if (claim.kind !== "share" || claim.base === undefined) continue;
    byBase.set(claim.base, [...(byBase.get(claim.base) ?? []), claim]);
  }
  return [...byBase].flatMap(([base, shares]) => (shares.length < 2 ? [] : check(paragraph, base, shares)));
}

function check(
  paragraph: Paragraph,
  baseIndex: number,
  shares: readonly ShareClaim[],
): FindingOf<"narrative.share-total">[] {
  const places = shares.reduce((most, s) => Math.max(most, s.figure.decimals), -Infinity);
  const total = sumOf(shares.map((s) => s.figure.value));
  const difference = total.minus(HUNDRED);
  const bound = lastDigitUnit(places).times(shares.length).dividedBy(2);
  if (difference.abs().lessThanOrEqualTo(bound)) return [];
  const base = paragraph.claims[baseIndex] as AmountClaim;
  const parts = shares.map((s) => paragraph.claims[s.part] as AmountClaim);
  const complete = parts.every((p) => p.unit === base.unit) && coversBase(base, parts);
  if (!complete && difference.isNegative()) return []; // a partial list ("主要用于…") need not reach 100%
  return [
    narrativeFinding("narrative.share-total", "error", paragraph, {
      expected: formatFixed(HUNDRED, places),
      actual: formatFixed(total, places),
      difference: formatFixed(difference, places),
      bound: bound.toString(),
      verdict: "off",
      params: { count: String(shares.length), unit: "%", shares: shares.map((s) => s.figure.text).join(" + ") },
    }),
  ];
}

/** The parts' printed amounts add up to the base within their rounding bound. */
function coversBase(base: AmountClaim, parts: readonly AmountClaim[]): boolean {
  const places = parts.reduce((most, p) => Math.max(most, p.figure.decimals), base.figure.decimals);
  return (
    reconcile(
      base.figure.value,
      parts.map((p) => p.figure.value),
      places,
    ).verdict !== "off"
  );
}
