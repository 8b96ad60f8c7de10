/** narrative.untied (info): an amount in the 情况说明 the tables state nowhere — said, never silently skipped. */
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { resolveLine } from "../narrative/line-rows";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { tieNaming } from "../narrative/tie";
import type { AmountClaim } from "../narrative/types";
import type { Rule, RuleContext } from "../rule";

export const narrativeUntied: Rule = {
  id: "narrative.untied",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) =>
        claim.kind === "amount" &&
        claim.naming.notCompared === undefined && // narrative.scope says why those are not compared
        claim.naming.repeats === undefined && // narrative.item-repeat compares those with their item
        tieNaming(claim.naming, context.quantities, context.workbook).length === 0
          ? [
              narrativeFinding("narrative.untied", "info", paragraph, {
                actual: claim.figure.text.replace(/,/g, ""),
                params: {
                  quote: quoteOf(claim),
                  words: claim.naming.words,
                  unit: claim.unit,
                  ...lineReason(claim, context),
                },
              }),
            ]
          : [],
      ),
    );
  },
};

/** For a 类/款/项 path: why no row was found (no classified table, no row by that name, several rows). */
function lineReason(claim: AmountClaim, context: RuleContext): Record<string, string> {
  const line = claim.naming.line;
  if (!line) return {};
  const resolved = resolveLine(line, context.workbook);
  return resolved.ok ? {} : { line: line.names.join("-"), reason: resolved.reason };
}
