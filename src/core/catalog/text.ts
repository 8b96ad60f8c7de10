/** Small text helpers shared by code and name normalisation. */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

/** Full-width ASCII forms (０-９, Ａ-Ｚ, －, ．) → half-width; the ideographic space → a space. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= FULL_WIDTH_START && cp <= FULL_WIDTH_END) out += String.fromCodePoint(cp - FULL_TO_HALF_OFFSET);
    else if (cp === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Any whitespace, including the ideographic space and no-break space. */
export const WHITESPACE = /[\s\u3000\u00a0\u200b]+/gu;
