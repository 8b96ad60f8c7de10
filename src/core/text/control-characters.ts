/**
 * Control characters in text that came from a workbook (issue #9). A cell can hold any of them (Excel stores
 * ESC as `_x001B_`), and printed raw to a terminal they clear the screen, set the title, write the clipboard
 * (OSC 52) or reorder what is shown (bidi overrides). Every surface shows them in a visible form instead:
 * - terminal text: `\x1b` for C0, DEL and C1 (two hex digits), `\u202e` for the invisible formatting marks;
 * - JSON: the same characters as JSON escapes (`\u001b`, `\u202e`), which JSON.stringify leaves raw beyond C0;
 * - XML (report workbooks): what XML 1.0 cannot hold is dropped, the rest kept.
 */

/** C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F). */
const CONTROL = "\\u0000-\\u001f\\u007f-\\u009f";
/**
 * Invisible marks that change the order or direction of what is shown: ALM U+061C, LRM/RLM U+200E–U+200F,
 * LRE…RLO U+202A–U+202E, LRI…PDI U+2066–U+2069.
 */
const BIDI = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
/** Line and paragraph separators: JSON allows them raw, but they break lines in many viewers. */
const SEPARATORS = "\\u2028\\u2029";

const TERMINAL_UNSAFE = new RegExp(`[${CONTROL}${BIDI}]`, "g");
// C0 inside strings is escaped by JSON.stringify already; outside strings it is JSON's own whitespace.
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f${BIDI}${SEPARATORS}]`, "g");
// Lone surrogates cannot be written as UTF-8; U+FFFE/U+FFFF are not characters. Control characters are the point.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, "0");

/**
 * Text safe to print on a terminal: every control character (C0 including tab and newline, DEL, C1) as `\xHH`
 * and every bidi mark as `\uHHHH`. Everything else is kept as it is.
 */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0x9f ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** JSON text with DEL, C1, bidi marks and line separators escaped too (`\u009b`): the same value, safe to print. */
export function escapeControlsInJson(json: string): string {
  // Outside strings JSON has only ASCII punctuation, digits, letters and whitespace: every match is inside a string.
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

/** Text an XML document can hold: characters XML 1.0 forbids (most of C0, U+FFFE/U+FFFF, lone surrogates) dropped. */
export function dropXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, "");
}
