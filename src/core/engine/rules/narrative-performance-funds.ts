/**
 * performance.exceeds-project, as the 情况说明 states it: "编报绩效目标的项目共25个，涉及项目预算资金11381.60万元" is the
 * money of some projects (not every project needs targets), so it can never exceed the 支出总表's 项目支出. Less is
 * the rule, so only an excess is judged: beyond half the last printed digit of the text's figure (its rounding).
 */
import type { FindingOf } from "../../findings/finding";
import { Dec, formatFixed } from "../../money";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit } from "../narrative/tie";
import type { AmountClaim, Paragraph } from "../narrative/types";
import type { RuleContext, RulePart } from "../rule";

const PERFORMANCE = /绩效目标/;
const PROJECT_MONEY = /项目(预算)?资金/;
const COUNT = /项目\s*共?\s*(\d+)\s*个/;

export const narrativePerformanceFunds: RulePart<"performance.exceeds-project"> = {
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      PERFORMANCE.test(paragraph.text)
        ? paragraph.claims.flatMap((claim) =>
            claim.kind === "amount" && !claim.naming.line && PROJECT_MONEY.test(claim.label)
              ? judge(context, paragraph, claim)
              : [],
          )
        : [],
    );
  },
};

function judge(
  context: RuleContext,
  paragraph: Paragraph,
  claim: AmountClaim,
): FindingOf<"performance.exceeds-project">[] {
  const project = context.quantities.get("expense.project");
  if (!project) return [];
  const limit = inUnit(project, claim.unit);
  const places = claim.figure.decimals;
  const over = claim.figure.value.minus(limit);
  if (!over.greaterThan(new Dec(5).times(new Dec(10).pow(-places - 1)))) return [];
  return [
    narrativeFinding("performance.exceeds-project", "error", paragraph, {
      expected: formatFixed(limit, Math.max(places, 2)),
      actual: formatFixed(claim.figure.value, Math.max(places, 2)),
      difference: formatFixed(over, Math.max(places, 2)),
      refs: [{ sheet: project.sheet, cell: project.cell }],
      params: {
        source: "narrative",
        quote: quoteOf(claim),
        projects: COUNT.exec(paragraph.text)?.[1] ?? "",
        otherSheet: project.sheet,
        otherCell: project.cell,
        unit: claim.unit,
      },
    }),
  ];
}
