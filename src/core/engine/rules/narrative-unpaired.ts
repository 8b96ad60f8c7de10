/** narrative.unpaired (warning): a quotation mark or bracket opened and not closed in its paragraph, or the reverse. */
import { narrativeFinding } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { Paragraph } from "../narrative/types";
import type { RuleOf } from "../rule";

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
/** "1)" / "1）" / "a)" numbering, at the start or after a mark ("如下：1)…2)…"), closes nothing. */
const NUMBERING = /(^|[\s:;,。、])(\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})\s*\)/g;

export const narrativeUnpaired: RuleOf<"narrative.unpaired"> = {
  id: "narrative.unpaired",
  check(context) {
    // A cell's lines are read together: a quotation may run over a line break inside the cell.
    const cells = new Map<string, Paragraph[]>();
    for (const p of narrativeParagraphs(context.workbook)) {
      const key = `${p.sheet}!${p.cell}`;
      cells.set(key, [...(cells.get(key) ?? []), p]);
    }
    return [...cells.values()].flatMap((lines) => {
      const paragraph = lines[0]!;
      const text = lines.map((l) => normaliseNarrative(l.text).replace(NUMBERING, "$1")).join("\n");
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
