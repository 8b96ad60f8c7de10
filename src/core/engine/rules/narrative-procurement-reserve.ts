/**
 * narrative.procurement-reserve: the 政府采购 set-asides can never exceed what they are set aside from. The amount
 * reserved for 中小企业 ("面向中小企业预留政府采购项目预算金额34万元") is at most the 政府采购预算 of the same sheet, and its
 * 小型和微型企业 part ("其中，预留给小型和微型企业的…预算为34万元") at most the reservation. Less is allowed (the
 * rules set a minimum share, not an equality), so only an excess is an error; within the rounding bound a warning.
 */
import type { FindingOf } from "../../findings/finding";
import { Dec, formatFixed } from "../../money";
import { severityFor } from "../judge";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit } from "../narrative/tie";
import type { AmountClaim, NarrativeUnit, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

const RESERVE = /中小企业/;
const SMALL = /小型和微型企业|小微企业|小型、微型企业/;
const PROCUREMENT = /政府采购/;

interface Placed {
  readonly paragraph: Paragraph;
  readonly claim: AmountClaim;
}

export const narrativeProcurementReserve: RuleOf<"narrative.procurement-reserve"> = {
  id: "narrative.procurement-reserve",
  check(context) {
    const bySheet = new Map<string, Placed[]>();
    for (const paragraph of narrativeParagraphs(context.workbook))
      for (const claim of paragraph.claims)
        if (claim.kind === "amount" && claim.naming.lastYear !== true && claim.naming.notCompared?.reason !== "change")
          bySheet.set(paragraph.sheet, [...(bySheet.get(paragraph.sheet) ?? []), { paragraph, claim }]);
    return [...bySheet.values()].flatMap((placed) => checkSheet(context, placed));
  },
};

function checkSheet(context: RuleContext, placed: readonly Placed[]): FindingOf<"narrative.procurement-reserve">[] {
  const total = placed.find((p) => p.claim.naming.item === "procurement-total" && !/预留/.test(p.claim.label));
  const reserve = placed.find((p) => /预留/.test(p.claim.label) && RESERVE.test(p.claim.label));
  const small = placed.find((p) => /预留/.test(p.claim.label) && SMALL.test(p.claim.label));
  // The reservation's own sentence may name 政府采购 only later; a reserve figure without 政府采购 nearby is not one.
  if (!reserve || !PROCUREMENT.test(reserve.paragraph.text)) return [];
  return [...exceeds(context, reserve, total), ...exceeds(context, small, reserve)];
}

function valueIn(claim: AmountClaim, unit: NarrativeUnit): Dec {
  return inUnit({ value: claim.figure.value, unit: claim.unit, decimals: 0, sheet: "", cell: "", table: "" }, unit);
}

/** An error at the part's paragraph when the part exceeds the whole it is set aside from. */
function exceeds(
  context: RuleContext,
  part: Placed | undefined,
  whole: Placed | undefined,
): FindingOf<"narrative.procurement-reserve">[] {
  if (!part || !whole || part.claim === whole.claim) return [];
  const unit = whole.claim.unit;
  const places = Math.max(part.claim.figure.decimals, whole.claim.figure.decimals);
  const excess = valueIn(part.claim, unit).minus(valueIn(whole.claim, unit));
  if (!excess.isPositive() || excess.isZero()) return [];
  // Printed at the same places, rounding keeps the order: any excess is real. Printed coarser, the coarser figure
  // may hide up to half its last digit: an excess within that is a tail.
  const coarser = Math.min(part.claim.figure.decimals, whole.claim.figure.decimals);
  const bound = coarser === places ? new Dec(0) : new Dec(5).times(new Dec(10).pow(-coarser - 1));
  const verdict = excess.lessThanOrEqualTo(bound) ? "rounding-tail" : "off";
  return [
    narrativeFinding("narrative.procurement-reserve", severityFor(verdict, excess, context.tolerance), part.paragraph, {
      expected: `≤ ${formatFixed(valueIn(whole.claim, unit), places)}`,
      actual: formatFixed(valueIn(part.claim, unit), places),
      difference: formatFixed(excess, places),
      verdict,
      refs: [{ sheet: whole.paragraph.sheet, cell: whole.paragraph.cell }],
      params: { quote: quoteOf(part.claim), whole: quoteOf(whole.claim), unit },
    }),
  ];
}
