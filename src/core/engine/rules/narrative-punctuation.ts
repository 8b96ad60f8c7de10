/**
 * narrative.punctuation (warning): sentence punctuation doubled or clashing ("。。", "，。", "；；"), or a sentence of
 * several clauses that ends without any (the last sentence of a paragraph left open).
 */
import { narrativeFinding } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

const MARKS = "。，,；;：:、！!？?";
/** Two marks in a row; "……" and "——" are not in the set. A comma between digits ("1,261.66") is not a mark pair. */
const DOUBLED = new RegExp(`[${MARKS}]{2,}`, "g");
/** A paragraph of several clauses (a comma or semicolon inside) is a sentence and must end with a mark. */
const CLAUSES = /[，；;]|,(?!\d)/;
const ENDS_OPEN = /[\u4e00-\u9fff\dA-Za-z%]$/;
const SENTENCE_MIN = 20;

export const narrativePunctuation: RuleOf<"narrative.punctuation"> = {
  id: "narrative.punctuation",
  check(context) {
    const paragraphs = narrativeParagraphs(context.workbook);
    // A line break inside a cell may fall mid-sentence: only a cell's last line must end with a mark.
    const lastOfCell = new Set(
      paragraphs.filter((p, i) => paragraphs[i + 1]?.cell !== p.cell || paragraphs[i + 1]?.sheet !== p.sheet),
    );
    return paragraphs.flatMap((paragraph) => {
      const text = paragraph.text.trim();
      const doubled = [...text.matchAll(DOUBLED)].map((m) =>
        narrativeFinding("narrative.punctuation", "warning", paragraph, {
          params: {
            reason: "doubled",
            marks: m[0],
            quote: text.slice(Math.max(0, m.index - 12), m.index + m[0].length),
          },
        }),
      );
      const open =
        lastOfCell.has(paragraph) && text.length >= SENTENCE_MIN && CLAUSES.test(text) && ENDS_OPEN.test(text)
          ? [
              narrativeFinding("narrative.punctuation", "warning", paragraph, {
                params: { reason: "missing", marks: "", quote: text.slice(-16) },
              }),
            ]
          : [];
      return [...doubled, ...open];
    });
  },
};
