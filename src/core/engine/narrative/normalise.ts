import { foldWidth } from "../../text/fold-width";

/** Characters normaliseNarrative changes: text without any is returned as it is. */
const CHANGED = /[\uff01-\uff5e\u3000\u00a0\u2212\r]/;

/**
 * Narrative text as the reader parses it: full-width ASCII (digits, ％, （）, ，, ：, ；) made half-width, ideographic
 * and no-break spaces made plain. 。 and 、 stay: they are not ASCII and end sentences and list items.
 */
export function normaliseNarrative(text: string): string {
  if (!CHANGED.test(text)) return text;
  return foldWidth(text).replace(/\r\n?/g, "\n");
}

/** Words as the vocabulary compares them: no spaces, no quotes ("“三公”经费" → "三公经费"). */
export function compactWords(text: string): string {
  return text.replace(/[\s“”"'‘’「」『』]+/g, "");
}
