/** narrative.unit-mix (warning): one sentence quoting amounts in different units (元 and 万元, 万元 and 亿元). */
import { narrativeFinding } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { Rule } from "../rule";

const SENTENCE = /[^。;!?\n]+/g;
const AMOUNT_UNIT = /\d\s*(亿元|万元|元)/g;

export const narrativeUnitMix: Rule = {
  id: "narrative.unit-mix",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      [...normaliseNarrative(paragraph.text).matchAll(SENTENCE)].flatMap((sentence) => {
        const units = [...new Set([...sentence[0].matchAll(AMOUNT_UNIT)].map((m) => m[1]!))];
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
