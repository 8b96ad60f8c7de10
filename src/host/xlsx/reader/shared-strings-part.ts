/**
 * xl/sharedStrings.xml: the workbook's text, referenced by index from `t="s"` cells. Rich text is joined run by
 * run; phonetic guides (<rPh>, furigana) are not part of the text; "_xHHHH_" escapes are decoded.
 */
import { decodeEscapes } from "./escapes";
import { LimitExceeded, type ReadLimits } from "./limits";
import type { Package } from "./package-parts";
import { parseXmlPart } from "./xml-part";

/** Each string, or null for an <si> with no text element at all (read as a blank cell). */
export type SharedStrings = readonly (string | null)[];

export function readSharedStrings(pkg: Package, name: string | undefined, limits: ReadLimits): SharedStrings {
  const entry = name === undefined ? undefined : pkg.entry(name);
  if (!entry) return [];
  const maxChars = limits["cell-chars"];
  const strings: (string | null)[] = [];
  let item: string | null = null;
  let text: string[] = [];
  let textLength = 0;
  let inText = false;
  let phonetic = 0;
  parseXmlPart(pkg.bytes, entry, {
    open: (tag) => {
      if (tag === "si") item = null;
      else if (tag === "rPh") phonetic++;
      else if (tag === "t" && phonetic === 0) {
        inText = true;
        text = [];
        textLength = 0;
      }
    },
    text: (piece) => {
      if (!inText) return;
      textLength += piece.length;
      if (textLength > maxChars) throw new LimitExceeded("cell-chars", maxChars);
      text.push(piece);
    },
    close: (tag) => {
      if (tag === "t" && inText) {
        inText = false;
        item = (item ?? "") + decodeEscapes(text.join(""));
        if (item.length > maxChars) throw new LimitExceeded("cell-chars", maxChars);
      } else if (tag === "rPh") phonetic--;
      else if (tag === "si") strings.push(item);
    },
  });
  return strings;
}
