import type { CellValue as ExcelCellValue } from "exceljs";
import type { CellValue } from "../../../src/core/grid/snapshot";

/** A cell's value as the engine wants it, and its formula when it has one. */
export interface ReadCell {
  readonly value: CellValue;
  readonly formula: string | null;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial number in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** A Date (which ExcelJS makes from date-formatted numbers) back to the serial number Excel stores. */
export function dateToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richTextOf(value: unknown): string | undefined {
  if (!isObject(value) || !Array.isArray(value.richText)) return undefined;
  return (value.richText as { text?: unknown }[]).map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/**
 * A plain value: numbers, text, booleans, null; rich text joined; dates as serial numbers; error values as their
 * text ("#DIV/0!"); a hyperlink as its shown text.
 */
function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  const rich = richTextOf(value);
  if (rich !== undefined) return rich;
  if (isObject(value)) {
    if (typeof value.error === "string") return value.error;
    if ("text" in value) return plainValue(value.text, date1904);
  }
  return null;
}

/** Reads one ExcelJS cell value; a formula cell gives its cached result and the formula text with its "=". */
export function readCell(value: ExcelCellValue, formulaText: string | undefined, date1904: boolean): ReadCell {
  if (isObject(value) && ("formula" in value || "sharedFormula" in value)) {
    const formula = formulaText ?? (typeof value.formula === "string" ? value.formula : undefined);
    return {
      value: plainValue((value as { result?: unknown }).result, date1904),
      formula: formula ? `=${formula}` : null,
    };
  }
  return { value: plainValue(value, date1904), formula: null };
}
