/**
 * A cell as the engine judges it: the displayed value (money's readAmount: 15 significant digits, rounded half-up
 * to the number format's places; text as written), the places shown, and the stored value when it differs.
 */
import type { CellValue } from "../grid/snapshot";
import { formatDecimals, readAmount, type Dec } from "../money";

export type CellAmount =
  | { readonly kind: "blank" }
  | {
      readonly kind: "amount";
      /** What the cell displays. */
      readonly value: Dec;
      /** Decimals displayed. */
      readonly decimals: number;
      /** The stored value when it differs from the displayed one. */
      readonly stored?: Dec;
    }
  | { readonly kind: "text"; readonly text: string };

/** Places as written, capped: a General-format 5e-324 must not ask for 338 decimals. */
const MAX_PLACES = 10;

function placesOf(value: Dec): number {
  return Math.min(MAX_PLACES, Math.max(0, value.decimalPlaces()));
}

export function readCellAmount(value: CellValue | undefined, format?: string | null): CellAmount {
  const read = readAmount(value ?? null, format);
  if (!read.ok) return { kind: "text", text: read.input };
  if (read.blank) return { kind: "blank" };
  if (read.percent) return { kind: "text", text: String(value) };
  const shownPlaces = typeof value === "number" ? formatDecimals(format).decimals : null;
  const decimals = Math.min(MAX_PLACES, shownPlaces ?? placesOf(read.shown));
  return read.shown.equals(read.value)
    ? { kind: "amount", value: read.shown, decimals }
    : { kind: "amount", value: read.shown, decimals, stored: read.value };
}
