/** Ranges as Excel hands them over: rows of cells, blanks as null, "" or 0. */
import type { CellValue, AmountUnit, Dec } from "../../core";
import { ExactSum, readAmount, textTenThousandths } from "../../core";
import { fnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";
import { isCell, type ExcelArg } from "./coerce";

export type ExcelRange = readonly (readonly CellValue[])[];

/**
 * A range argument; a single value (a scalar passed where a range is expected) is a 1×1 range and a flat list one
 * row. Anything else (an object, arrays nested deeper than rows of cells) is #VALUE!: Excel never passes it, but a
 * caller in code might, and a function must answer with an error rather than throw.
 */
export function asRange(value: unknown, name = "range"): FnResult<ExcelRange> {
  if (!Array.isArray(value))
    return isCell(value ?? null) ? [[(value ?? null) as CellValue]] : fnError("#VALUE!", MESSAGES.notRange(name));
  if (value.every(isCell)) return [value];
  const rows = value as unknown[];
  if (rows.every((row) => Array.isArray(row) && row.every(isCell))) return value as ExcelRange;
  return fnError("#VALUE!", MESSAGES.notRange(name));
}

/** Text with no digit at all (合计, 项目, "—"): a label, skipped as SUM skips it. */
const HAS_DIGIT = /[0-9０-９]/;

/**
 * The exact sum of the amounts in one or more ranges, in order (BUDGET.CHECKSUM, product.md). Blanks and labels (text
 * with no digit) are skipped as SUM skips them; numbers and amounts stored as text are added. Text with digits that
 * is not an amount ("12abc", "1.2.3", a percentage), TRUE/FALSE and error values are #VALUE! naming their position;
 * so is an amount whose unit differs from the other amounts' ("12万元" among plain numbers, 元 among 万元).
 * `area` numbers the ranges in messages when there are several.
 */
export function sumRanges(ranges: readonly ExcelRange[]): FnResult<Dec> {
  const sum = new ExactSum();
  // The unit of the first amount: "none" for numbers and text without a unit.
  let unit: AmountUnit | "none" | undefined;
  const several = ranges.length > 1;
  for (let a = 0; a < ranges.length; a += 1) {
    const range = ranges[a] ?? [];
    const area = several ? a + 1 : undefined;
    for (let r = 0; r < range.length; r += 1) {
      const row = range[r] ?? [];
      for (let c = 0; c < row.length; c += 1) {
        const cell = row[c] ?? null;
        // Excel may pass a blank cell as 0: a zero neither adds nor sets the unit.
        if (cell === null || cell === 0 || (typeof cell === "string" && !HAS_DIGIT.test(cell))) continue;
        let cellUnit: AmountUnit | "none" = "none";
        if (typeof cell === "number") {
          if (!Number.isFinite(cell))
            return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, String(cell), "not-finite", area));
          sum.addNumber(cell);
        } else {
          const units = typeof cell === "string" ? textTenThousandths(cell) : undefined;
          if (units !== undefined) sum.addUnits(units);
          else {
            const read = readAmount(cell);
            if (!read.ok)
              return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, read.input, read.reason, area));
            if (read.percent)
              return fnError("#VALUE!", MESSAGES.cellNotAmount(r + 1, c + 1, String(cell), "percent", area));
            if (read.blank) continue;
            cellUnit = read.unit ?? "none";
            sum.addDecimal(read.value);
          }
        }
        if (unit === undefined) unit = cellUnit;
        else if (unit !== cellUnit) {
          return fnError(
            "#VALUE!",
            MESSAGES.unitDiffers(r + 1, c + 1, String(cell), unit === "none" ? undefined : unit, area),
          );
        }
      }
    }
  }
  return sum.value;
}

/** sumRanges over one range. */
export function sumRange(range: ExcelRange): FnResult<Dec> {
  return sumRanges([range]);
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

export type { ExcelArg };
