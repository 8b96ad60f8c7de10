/** Cell values of the report workbook as SpreadsheetML: text kept within what XML and Excel can hold, amounts as numbers. */
import { dropXmlInvalid, fitExcelCell } from "../../../core";

/** Doubles hold 15 significant digits exactly; a longer amount stays text rather than change. */
const EXACT_DIGITS = 15;
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/** The number format of an amount with `decimals` decimals: thousands separated, every decimal shown. */
export function amountFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** The most decimals an amount written as a number can have (the rest of its 15 digits are before the point). */
export const MAX_AMOUNT_DECIMALS = EXACT_DIGITS;

/** An amount as a number cell with the format of its decimals, or the string itself when a double would change it. */
export function amountCell(text: string | undefined): { value: number | string | null; numFmt?: string } {
  if (text === undefined) return { value: null };
  const match = DECIMAL.exec(text);
  if (!match) return { value: text };
  if ((match[1]! + (match[2] ?? "")).replace(/^0+/, "").length > EXACT_DIGITS) return { value: text };
  return { value: Number(text), numFmt: amountFormat(match[2]?.length ?? 0) };
}

/**
 * Text as a cell may hold it (issue #9): workbook text may carry any control character, so what XML 1.0 cannot
 * hold is dropped, and the rest is cut in the middle to Excel's 32,767 characters.
 */
export function sealText(text: string): string {
  return fitExcelCell(dropXmlInvalid(text));
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // A raw carriage return would be read back as a line feed.
  "\r": "&#13;",
};

/** Text escaped for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ENTITIES[c]!);
}

/** Excel reads "_x0041_" in cell text as the character it names: a literal one has its underscore escaped. */
function escapeExcelCodes(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
}

/** One cell: text (inline, so nothing is kept for a shared-strings table), a number, or nothing. */
export type Cell =
  { readonly text: string; readonly style?: number } | { readonly number: number; readonly style?: number } | null;

/** The <c> element of `cell` at `ref` ("C7"), or "" for an empty cell. */
export function cellXml(ref: string, cell: Cell): string {
  if (cell === null) return "";
  const style = cell.style ? ` s="${cell.style}"` : "";
  if ("number" in cell) return `<c r="${ref}"${style}><v>${cell.number}</v></c>`;
  const text = escapeExcelCodes(escapeXml(sealText(cell.text)));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}
