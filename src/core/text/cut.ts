/**
 * Long text cut for display (issue #9): a cell of a million characters quoted in a finding must not flood a
 * terminal, freeze a layout or overflow an Excel cell. The middle is cut, so a message keeps both its start (the
 * quote) and its end (what the finding says); the marker counts what was left out. The JSON report keeps it all.
 */

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** The marker standing for the `count` characters left out. */
export function cutMarker(count: number): string {
  return `…[+${count}]…`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text` unchanged when it has at most `max` characters (UTF-16 units); else its start and end around a marker
 * counting what was cut, `max` units in all, never splitting a surrogate pair.
 */
export function cutForDisplay(text: string, max: number): string {
  if (text.length <= max) return text;
  let marker = cutMarker(text.length - max);
  const room = Math.max(0, max - marker.length - 4); // the count may grow by a few digits once the marker is in
  let head = Math.ceil(room * 0.7);
  let tailStart = text.length - (room - head);
  if (head > 0 && isHighSurrogate(text.charCodeAt(head - 1))) head -= 1;
  if (tailStart < text.length && isLowSurrogate(text.charCodeAt(tailStart))) tailStart += 1;
  marker = cutMarker(tailStart - head);
  return text.slice(0, head) + marker + text.slice(tailStart);
}

/** Text that fits one Excel cell. */
export function fitExcelCell(text: string): string {
  return cutForDisplay(text, EXCEL_CELL_LIMIT);
}
