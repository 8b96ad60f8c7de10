/** A1 addresses ↔ 0-based indices. Columns run A…Z, AA…XFD, as spreadsheets number them. */

const A = "A".charCodeAt(0);

/** Names of the first columns, made once: a large check asks for the same few columns' addresses on every row. */
const NAMED = 256;
const names: string[] = [];

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  if (col >= 0 && col < NAMED) return (names[col] ??= nameOf(col));
  return nameOf(col);
}

function nameOf(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(A + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** (0, 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`row index must be a non-negative integer, got ${row}`);
  return `${columnName(col)}${row + 1}`;
}

/** "A1" → {row: 0, col: 0}; "$F$6" works too. Returns undefined for anything that is not a single cell address. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const letters = match[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - A + 1);
  const row = Number(match[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: col - 1 };
}

/** A range as "A1:N25". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
