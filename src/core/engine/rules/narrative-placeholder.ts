/** narrative.placeholder (domain.md check 13): template text left in the 情况说明 ("增加（减少）", "XX", "待填写"). */
import { narrativeFinding } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

export const narrativePlaceholder: RuleOf<"narrative.placeholder"> = {
  id: "narrative.placeholder",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) =>
        claim.kind === "placeholder"
          ? [narrativeFinding("narrative.placeholder", "error", paragraph, { params: { text: claim.text } })]
          : [],
      ),
    );
  },
};
