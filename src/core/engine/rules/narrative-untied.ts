/** narrative.untied (info): an amount in the 情况说明 the tables state nowhere — said, never silently skipped. */
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { tieNaming } from "../narrative/tie";
import type { Rule } from "../rule";

export const narrativeUntied: Rule = {
  id: "narrative.untied",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) =>
        claim.kind === "amount" && tieNaming(claim.naming, context.quantities).length === 0
          ? [
              narrativeFinding("narrative.untied", "info", paragraph, {
                actual: claim.figure.text.replace(/,/g, ""),
                params: { quote: quoteOf(claim), words: claim.naming.words, unit: claim.unit },
              }),
            ]
          : [],
      ),
    );
  },
};
