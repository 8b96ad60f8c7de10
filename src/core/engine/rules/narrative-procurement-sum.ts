/**
 * narrative.procurement-sum (domain.md check 14): the 政府采购 total equals 货物 + 工程 + 服务 as printed, within the
 * rounding bound of the printed parts (a tail is a warning).
 */
import type { FindingOf } from "../../findings/finding";
import { formatFixed, reconcile } from "../../money";
import { severityFor } from "../judge";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit } from "../narrative/tie";
import type { AmountClaim, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

const PARTS = ["procurement-goods", "procurement-works", "procurement-services"];

export const narrativeProcurementSum: RuleOf<"narrative.procurement-sum"> = {
  id: "narrative.procurement-sum",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) => checkParagraph(context, paragraph));
  },
};

function checkParagraph(context: RuleContext, paragraph: Paragraph): FindingOf<"narrative.procurement-sum">[] {
  const amounts = paragraph.claims.filter((c): c is AmountClaim => c.kind === "amount");
  const total = amounts.find((a) => a.naming.item === "procurement-total");
  const parts = PARTS.map((item) => amounts.find((a) => a.naming.item === item)).filter(
    (a): a is AmountClaim => a !== undefined,
  );
  if (!total || parts.length === 0) return [];
  const places = parts.reduce((most, p) => Math.max(most, p.figure.decimals), total.figure.decimals);
  const values = parts.map((p) =>
    inUnit(
      { value: p.figure.value, unit: p.unit, decimals: p.figure.decimals, sheet: "", cell: "", table: "" },
      total.unit,
    ),
  );
  const result = reconcile(total.figure.value, values, places);
  if (result.verdict === "balanced") return [];
  return [
    narrativeFinding(
      "narrative.procurement-sum",
      severityFor(result.verdict, result.difference, context.tolerance),
      paragraph,
      {
        expected: formatFixed(result.sum, places),
        actual: formatFixed(total.figure.value, places),
        difference: formatFixed(result.difference, places),
        bound: result.bound.toString(),
        verdict: result.verdict,
        params: { quote: quoteOf(total), unit: total.unit, parts: parts.map((p) => quoteOf(p)).join("、") },
      },
    ),
  ];
}
