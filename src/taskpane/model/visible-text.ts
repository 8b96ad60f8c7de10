/**
 * Workbook text as the pane shows it: control characters as visible placeholders (a cell cannot hide text, reorder
 * it with bidi overrides or break the layout), and long text cut so one huge cell cannot freeze the list.
 *
 * A local helper: the command line's escaping (issue #9) lives with the text report; the pane needs the same
 * characters made visible, but as placeholders a reader recognises rather than terminal escapes.
 */

/** C0 controls, DEL, C1 controls, and the invisible direction marks and overrides (bidi). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function placeholder(ch: string): string {
  const code = ch.charCodeAt(0);
  // C0 and DEL have their own Control Pictures (␀ … ␟, ␡); the rest are named by code point.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/** Every control or bidi character replaced by a visible placeholder ("A\u001bB" → "A␛B"). */
export function showControls(text: string): string {
  return text.replace(HIDDEN, placeholder);
}

/** The longest message shown in full in the list; longer ones are cut with the rest one click away. */
export const SHOWN_CHARS = 300;

/** The first `max` characters (never half a surrogate pair) and how many were left out. */
export function cutText(text: string, max: number): { readonly text: string; readonly left: number } {
  if (text.length <= max) return { text, left: 0 };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), left: text.length - end };
}
