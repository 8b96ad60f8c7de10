/** Characters foldWidth changes: text without any is returned as it is (most cell text). */
const FOLDED = /[\uff01-\uff5e\u3000\u00a0\u2212]/u;

/**
 * The project's one width folding, for amounts, codes, names and narrative text alike: full-width ASCII forms
 * (U+FF01–FF5E: ０-９, Ａ-Ｚ, （）, ％, ，, －, ．) become half-width, the ideographic and no-break spaces a space, and
 * the minus sign U+2212 "-". CJK punctuation outside that block (。、“”【】￥) stays as it is.
 */
export function foldWidth(text: string): string {
  if (!FOLDED.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += " ";
    else if (code === 0x2212) out += "-";
    else out += ch;
  }
  return out;
}
