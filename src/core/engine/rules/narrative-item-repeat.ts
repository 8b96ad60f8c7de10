/**
 * narrative.item-repeat (error): an item that quotes its amount twice — "“…行政运行（项）”312.40万元。…2025年预算安排
 * 312.40万元" — must quote the same amount both times. The first is tied to the table by narrative.amount.
 */
import { formatFixed } from "../../money";
import { roundAt } from "../narrative/arithmetic";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit } from "../narrative/tie";
import type { AmountClaim } from "../narrative/types";
import type { RuleOf } from "../rule";

export const narrativeItemRepeat: RuleOf<"narrative.item-repeat"> = {
  id: "narrative.item-repeat",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => {
        if (claim.kind !== "amount" || claim.naming.repeats === undefined) return [];
        const item = paragraph.claims[claim.naming.repeats];
        if (item?.kind !== "amount") return [];
        const shift = item.unit === claim.unit ? 0 : item.unit === "万元" ? -4 : 4; // the item's decimals in 元 or 万元
        const places = Math.min(claim.figure.decimals, item.figure.decimals + shift);
        const expected = itemValue(item, claim);
        if (roundAt(expected, places).equals(roundAt(claim.figure.value, places))) return [];
        return [
          narrativeFinding("narrative.item-repeat", "error", paragraph, {
            expected: formatFixed(expected, claim.figure.decimals),
            actual: formatFixed(claim.figure.value, claim.figure.decimals),
            difference: formatFixed(claim.figure.value.minus(expected), claim.figure.decimals),
            params: { quote: quoteOf(claim), item: quoteOf(item), unit: claim.unit },
          }),
        ];
      }),
    );
  },
};

/** The item's amount in the unit of the repeat. */
function itemValue(item: AmountClaim, repeat: AmountClaim) {
  return inUnit(
    { value: item.figure.value, unit: item.unit, decimals: item.figure.decimals, sheet: "", cell: "", table: "" },
    repeat.unit,
  );
}
