/** narrative.untied (info): an amount in the 情况说明 the tables state nowhere — said, never silently skipped. */
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { resolveLine } from "../narrative/line-rows";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { tieNaming } from "../narrative/tie";
import type { AmountClaim, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

export const narrativeUntied: RuleOf<"narrative.untied"> = {
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
                  ...kindReason(claim, paragraph),
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

/** A project sheet's 年度预算安排 (the Shanghai template's 项目经费情况说明): one project's money and its uses. */
const PROJECT_HEADING = /年度预算安排|预算安排情况|项目预算/;
const PROJECT_SHEET = /(专项|项目).*经费情况说明$/;
/** "编报绩效目标的项目共25个，涉及项目预算资金11381.60万元". */
const PERFORMANCE_FUNDS = /绩效目标/;
const PROJECT_MONEY = /项目(预算)?资金/;

/**
 * Figures no table can state, with the reason: a project's money (the tables are by 类/款/项, not by project, and a
 * 项 such as 其他支持中小企业发展和管理支出 holds several projects; the parts are summed by narrative.item-sum), and the
 * money under performance targets (part of 项目支出 — not every project needs targets — so no table equals it).
 */
function kindReason(claim: AmountClaim, paragraph: Paragraph): Record<string, string> {
  if (claim.naming.line) return {};
  if (PERFORMANCE_FUNDS.test(paragraph.text) && PROJECT_MONEY.test(claim.label)) return { reason: "performance-funds" };
  if (PROJECT_SHEET.test(paragraph.sheet) || paragraph.context.headings.some((h) => PROJECT_HEADING.test(h)))
    return { reason: "project" };
  return {};
}
