/** narrative.unit-mix (warning): one sentence quoting amounts in different units (元 and 万元, 万元 and 亿元). */
import { narrativeFinding } from "../narrative/finding";
import { findFigures } from "../narrative/figures";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

const SENTENCE = /[^。;!?\n]+/g;
const HUNDRED_MILLION = /\d\s*亿元/;

export const narrativeUnitMix: RuleOf<"narrative.unit-mix"> = {
  id: "narrative.unit-mix",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      [...normaliseNarrative(paragraph.text).matchAll(SENTENCE)].flatMap((sentence) => {
        // Amounts as the reader finds them (a threshold such as "不超过150元" is not an amount), and 亿元.
        const units = [
          ...new Set([
            ...findFigures(sentence[0]).flatMap((f) => (f.unit ? [f.unit as string] : [])),
            ...(HUNDRED_MILLION.test(sentence[0]) ? ["亿元"] : []),
          ]),
        ];
        if (units.length < 2) return [];
        return [
          narrativeFinding("narrative.unit-mix", "warning", paragraph, {
            params: { units: units.join("、"), quote: sentence[0].trim().slice(0, 60) },
          }),
        ];
      }),
    );
  },
};
