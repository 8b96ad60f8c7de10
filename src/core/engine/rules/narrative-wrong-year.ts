/**
 * narrative.wrong-year (warning): a comparison must name the year before the budget year. A 2025 budget compared
 * "比2025年预算" (its own year, or a later one) or "比2023年预算" (a leftover from an earlier year's text) names the
 * wrong year. A comparison with an older 决算 or 执行数 is a real practice (the last 决算 is two years back) and is
 * left alone.
 */
import { narrativeFinding } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

const COMPARED = /(比|较|与|同|相比|对比)\s*(\d{4})\s*年(度)?\s*(年初)?(预算|决算|执行|同期)?/g;

export const narrativeWrongYear: RuleOf<"narrative.wrong-year"> = {
  id: "narrative.wrong-year",
  check(context) {
    const year = context.year;
    if (year === null) return [];
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      [...normaliseNarrative(paragraph.text).matchAll(COMPARED)].flatMap((m) => {
        const named = Number(m[2]);
        const kind = m[5];
        const tooLate = named >= year;
        const tooEarly = named < year - 1 && (kind === undefined || kind === "预算");
        if (!tooLate && !tooEarly) return [];
        return [
          narrativeFinding("narrative.wrong-year", "warning", paragraph, {
            expected: String(year - 1),
            actual: String(named),
            params: { quote: m[0].trim(), year: String(year) },
          }),
        ];
      }),
    );
  },
};
