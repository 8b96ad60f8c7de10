/**
 * narrative.share (domain.md check 12): "占 83.91%" = part ÷ base × 100, rounded half-up to the printed decimals,
 * recomputed from what the tables display for the part and for the paragraph's base (the text's own figure where
 * the tables state none). One unit off in the last digit is a warning naming the basis; more is an error.
 */
import type { FindingOf } from "../../findings/finding";
import type { Dec } from "../../money";
import { formatFixed } from "../../money";
import { lastDigitUnit, percentOf } from "../narrative/arithmetic";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit, tieNaming } from "../narrative/tie";
import type { AmountClaim, Paragraph, ShareClaim } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

export const narrativeShare: RuleOf<"narrative.share"> = {
  id: "narrative.share",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => (claim.kind === "share" ? checkShare(context, paragraph, claim) : [])),
    );
  },
};

interface Figure {
  readonly value: Dec;
  readonly fromTable: boolean;
  readonly ref?: { readonly sheet: string; readonly cell: string };
}

function checkShare(context: RuleContext, paragraph: Paragraph, share: ShareClaim): FindingOf<"narrative.share">[] {
  if (share.base === undefined) return [];
  const partClaim = paragraph.claims[share.part] as AmountClaim;
  const baseClaim = paragraph.claims[share.base] as AmountClaim;
  const part = figureOf(context, partClaim, partClaim.unit);
  const base = figureOf(context, baseClaim, partClaim.unit);
  const places = share.figure.decimals;
  const expected = percentOf(part.value, base.value, places);
  if (expected === undefined || expected.equals(share.figure.value)) return [];
  const difference = share.figure.value.minus(expected);
  const fromText = percentOf(partClaim.figure.value, inUnitOf(baseClaim, partClaim), places);
  const basis = part.fromTable && base.fromTable ? "table" : part.fromTable || base.fromTable ? "mixed" : "text";
  // Which printed figure the tables contradict, when the printed share follows the text's own figures.
  const partOff = !part.value.equals(partClaim.figure.value);
  const baseOff = !base.value.equals(inUnitOf(baseClaim, partClaim));
  const offFigure = partOff && baseOff ? "both" : partOff ? "part" : baseOff ? "base" : undefined;
  const followsText = fromText !== undefined && fromText.equals(share.figure.value) && offFigure !== undefined;
  return [
    narrativeFinding(
      "narrative.share",
      difference.abs().equals(lastDigitUnit(places)) ? "warning" : "error",
      paragraph,
      {
        expected: formatFixed(expected, places),
        actual: formatFixed(share.figure.value, places),
        difference: formatFixed(difference, places),
        refs: [part.ref, base.ref].filter((r) => r !== undefined),
        params: {
          quote: `${quoteOf(partClaim)}，占 ${share.figure.text}%`,
          unit: "%",
          part: formatFixed(part.value, partClaim.figure.decimals),
          base: formatFixed(base.value, partClaim.figure.decimals),
          partWords: partClaim.naming.words,
          baseWords: baseClaim.naming.words,
          basis,
          ...(fromText && { fromText: formatFixed(fromText, places) }),
          ...(followsText && { followsText: offFigure }),
        },
      },
    ),
  ];
}

/** What the tables display for the claim's quantity (first group), else the text's figure; in `unit`. */
function figureOf(context: RuleContext, claim: AmountClaim, unit: AmountClaim["unit"]): Figure {
  const tie = tieNaming(claim.naming, context.quantities, context.workbook)[0];
  if (tie)
    return {
      value: inUnit(tie.quantity, unit),
      fromTable: true,
      ref: { sheet: tie.quantity.sheet, cell: tie.quantity.cell },
    };
  return { value: inUnitOf(claim, { unit } as AmountClaim), fromTable: false };
}

/** A claim's printed figure in another claim's unit. */
function inUnitOf(claim: AmountClaim, other: Pick<AmountClaim, "unit">): Dec {
  return inUnit(
    { value: claim.figure.value, unit: claim.unit, decimals: claim.figure.decimals, sheet: "", cell: "", table: "" },
    other.unit,
  );
}
