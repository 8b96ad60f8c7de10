/** Ranges as Excel hands them over: rows of cells, blanks as null, "" or 0. */
import type { CellValue } from "../../core/grid/snapshot";
import { ExactSum, readAmount, textTenThousandths, type AmountUnit, type Dec } from "../../core/money";
import { fnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";
import type { ExcelArg } from "./coerce";

export type ExcelRange = readonly (readonly CellValue[])[];

/** A range argument; a single value (a scalar passed where a range is expected) is a 1×1 range. */
export function asRange(value: ExcelArg): ExcelRange {
  if (Array.isArray(value)) return value as ExcelRange;
  return [[(value ?? null) as CellValue]];
}

/**
 * The exact sum of a range's amounts, in row order. Numbers and plain text amounts take the integer fast path;
 * other text is read by readAmount. A label, a percentage, an error or TRUE/FALSE is #VALUE! naming its row and
 * column in the range; cells with explicit units that disagree (元 then 万元) are #VALUE! too.
 */
export function sumRange(range: ExcelRange): FnResult<Dec> {
  const sum = new ExactSum();
  let unit: AmountUnit | undefined;
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c] ?? null;
      if (typeof cell === "number" && Number.isFinite(cell)) {
        sum.addNumber(cell);
        continue;
      }
      if (cell === null || cell === "") continue;
      const units = typeof cell === "string" ? textTenThousandths(cell) : undefined;
      if (units !== undefined) {
        sum.addUnits(units);
        continue;
      }
      const read = readAmount(cell);
      if (!read.ok) return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, read.input, read.reason));
      if (read.percent) return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, String(cell), "percent"));
      if (read.unit !== undefined) {
        if (unit !== undefined && unit !== read.unit) return fnError("#VALUE!", MESSAGES.mixedUnits(r + 1, c + 1));
        unit = read.unit;
      }
      sum.addDecimal(read.value);
    }
  }
  return sum.value;
}

/** Every cell of a range as an amount (blanks → 0), same shape, for functions that need each value. */
export function amountsOf(range: ExcelRange): FnResult<Dec[][]> {
  const out: Dec[][] = [];
  for (let r = 0; r < range.length; r += 1) {
    const row = range[r] ?? [];
    const values: Dec[] = [];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c] ?? null;
      const read = readAmount(cell);
      if (!read.ok) return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, read.input, read.reason));
      if (read.percent) return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, String(cell), "percent"));
      values.push(read.value);
    }
    out.push(values);
  }
  return out;
}
