/**
 * narrative.scope (info): a figure whose words make it something other than a whole-department total — a part of
 * the units ("下属1家机关和1家参公事业单位…", "本级") or a change ("与上年预算一致0万元") — is not compared with the
 * department's totals; the report says so and why, instead of a false mismatch.
 */
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { tieNaming } from "../narrative/tie";
import type { Rule } from "../rule";

export const narrativeScope: Rule = {
  id: "narrative.scope",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
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
    );
  },
};
