/** narrative.unpaired (warning): a quotation mark or bracket opened and not closed in its paragraph, or the reverse. */
import { narrativeFinding } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { Rule } from "../rule";

/** Pairs as the normalised text has them (（） became ()). ASCII " and ' open and close alike: not checked. */
const PAIRS: readonly (readonly [string, string])[] = [
  ["“", "”"],
  ["‘", "’"],
  ["(", ")"],
  ["《", "》"],
  ["【", "】"],
  ["「", "」"],
  ["『", "』"],
  ["[", "]"],
];
/** "1)" / "1）" / "a)" numbering at the paragraph's start closes nothing. */
const NUMBERING = /^\s*(\d+|[a-zA-Z]|[一二三四五六七八九十]+)\s*\)/;

export const narrativeUnpaired: Rule = {
  id: "narrative.unpaired",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) => {
      const text = normaliseNarrative(paragraph.text).replace(NUMBERING, "");
      return PAIRS.flatMap(([open, close]) => {
        const stray = strayMark(text, open, close);
        return stray === undefined
          ? []
          : [
              narrativeFinding("narrative.unpaired", "warning", paragraph, {
                params: { mark: stray, pair: `${open}${close}`, quote: paragraph.text.trim().slice(0, 40) },
              }),
            ];
      });
    });
  },
};

/** The mark left without its partner: a close before any open, or an open never closed. */
function strayMark(text: string, open: string, close: string): string | undefined {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth += 1;
    else if (ch === close) {
      if (depth === 0) return close;
      depth -= 1;
    }
  }
  return depth > 0 ? open : undefined;
}
