/**
 * narrative.amount (domain.md checks 11, 14): an amount the 情况说明 quotes equals the table cell it names, 元 ↔ 万元
 * converted, compared at the coarser of the two printed precisions. A quantity no single cell prints (a sum of
 * cells) may differ by its rounding bound: a warning.
 */
import type { FindingOf } from "../../findings/finding";
import { formatFixed, roundingBound } from "../../money";
import { severityFor } from "../judge";
import { roundAt } from "../narrative/arithmetic";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { decimalsIn, inUnit, tieNaming, type Tie } from "../narrative/tie";
import type { AmountClaim, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

export const narrativeAmount: RuleOf<"narrative.amount"> = {
  id: "narrative.amount",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => (claim.kind === "amount" ? checkAmount(context, paragraph, claim) : [])),
    );
  },
};

function checkAmount(context: RuleContext, paragraph: Paragraph, claim: AmountClaim): FindingOf<"narrative.amount">[] {
  const ties = tieNaming(claim.naming, context.quantities, context.workbook);
  const off = ties.filter((tie) => !agrees(claim, tie));
  const first = off[0];
  if (!first) return [];
  const places = claim.figure.decimals;
  const expected = inUnit(first.quantity, claim.unit);
  const difference = claim.figure.value.minus(expected);
  const bound = first.quantity.computed ? boundOf(first, claim) : undefined;
  const verdict = bound && roundAt(difference.abs(), places).lessThanOrEqualTo(bound) ? "rounding-tail" : "off";
  return [
    narrativeFinding("narrative.amount", severityFor(verdict, difference, context.tolerance), paragraph, {
      expected: formatFixed(expected, places),
      actual: formatFixed(claim.figure.value, places),
      difference: formatFixed(difference, places),
      ...(bound && { bound: bound.toString(), verdict }),
      refs: off
        .flatMap((tie) => [tie.quantity, ...tie.alike, ...(tie.alternatives ?? [])])
        .flatMap((q) => (q.parts ?? [q.cell]).map((cell) => ({ sheet: q.sheet, cell }))),
      params: {
        quote: quoteOf(claim),
        words: claim.naming.words,
        unit: claim.unit,
        quantity: first.key,
        otherSheet: first.quantity.sheet,
        otherCell: first.quantity.cell,
      },
    }),
  ];
}

/** Equal once both are rounded to the coarser precision, in the sentence's unit (any one of a row's tables). */
function agrees(claim: AmountClaim, tie: Tie): boolean {
  return [tie.quantity, ...(tie.alternatives ?? [])].some((quantity) => {
    const places = Math.min(claim.figure.decimals, decimalsIn(quantity, claim.unit));
    return roundAt(claim.figure.value, places).equals(roundAt(inUnit(quantity, claim.unit), places));
  });
}

/** The rounding bound of a computed quantity (n printed parts), in the sentence's unit. */
function boundOf(tie: Tie, claim: AmountClaim) {
  const parts = tie.quantity.parts?.length ?? 1;
  const bound = roundingBound(parts, tie.quantity.decimals);
  return tie.quantity.unit === claim.unit ? bound : inUnit({ ...tie.quantity, value: bound }, claim.unit);
}
