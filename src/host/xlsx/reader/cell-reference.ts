/** Cell references inside the XML ("B12", "A1:C3"), parsed without a regular expression: this runs once per cell. */

/** Excel's grid: 16,384 columns (XFD), 1,048,576 rows. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** The 0-based column of a reference's letters, or -1 when it does not start with 1–3 letters. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  if (ref.charCodeAt(0) === 36) i++; // "$"
  const start = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return i === start || i - start > 3 || col > MAX_COLUMNS ? -1 : col - 1;
}

/** The 0-based row of a reference like "B12" or "$B$12", or -1. */
export function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++; // letters and "$"
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  return i === start || row < 1 || row > MAX_ROWS ? -1 : row - 1;
}
