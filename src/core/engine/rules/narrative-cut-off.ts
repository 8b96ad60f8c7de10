/**
 * narrative.cut-off (warning): a sentence that stops where its content should be — "主要原因是。", "主要用于：；".
 * The words promise an explanation the text does not give. A paragraph ending on "原因是：" is not reported: a list
 * in the next cells may follow.
 */
import { narrativeFinding } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

/** The promising words, then only punctuation up to the sentence's end. */
const CUT = /(原因是|原因为|原因:|主要用于|用于|包括|主要有|主要是|其中)\s*[:,]?\s*[。;]/g;

export const narrativeCutOff: RuleOf<"narrative.cut-off"> = {
  id: "narrative.cut-off",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) => {
      const text = normaliseNarrative(paragraph.text).trim();
      return [...text.matchAll(CUT)].map((m) =>
        narrativeFinding("narrative.cut-off", "warning", paragraph, {
          params: { quote: text.slice(Math.max(0, m.index - 12), m.index + m[0].length), words: m[1]! },
        }),
      );
    });
  },
};
