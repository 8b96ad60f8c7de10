/**
 * The BUDGET worksheet functions. Their JSDoc is their registration: the webpack CustomFunctionsMetadataPlugin
 * writes dist/functions.json from it (English, the default; namespace BUDGET comes from the manifest), and the build
 * writes dist/functions.zh-CN.json from it with the Chinese text of src/functions/locale/zh-CN.json (the manifest's
 * zh-CN override). Descriptions are plain text (Excel shows no Markdown); each links to its section of help.html. Names and argument order are a
 * public contract. Bodies stay thin: the implementations in ./impl coerce, call the core and return a value or a
 * typed error, which toExcel turns into CustomFunctions.Error.
 */
import * as impl from "./impl";
import { toExcel } from "./excel-result";
import { functionRegistrar } from "./registrar";

// The associate calls the build appends below this file's code resolve to this name, not the global, so they wait
// for office.js instead of failing where it is absent (see functionRegistrar).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CustomFunctions = functionRegistrar;

/**
 * Share of part in total as a fraction, rounded half-up so it shows the given decimals as a percentage (966.70 of 1261.66 gives 0.7662, that is 76.62%).
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param {any} part The part amount.
 * @param {any} total The total amount; 0 gives #DIV/0!.
 * @param {number} [decimals] Places of the percentage, 0 to 10; default 2.
 * @returns {number} The share as a fraction (format the cell as a percentage).
 */
export function share(part: any, total: any, decimals?: number): number {
  return toExcel(impl.share(part, total, decimals));
}

/**
 * Shares of a list that add up to exactly 100% (largest remainder), spilled in the shape of the parts.
 * @customfunction SHARES
 * @helpurl https://localhost:3000/help.html#shares
 * @param {any[][]} parts The parts; blanks count as 0, none may be negative.
 * @param {number} [decimals] Places of the percentage, 0 to 10; default 2.
 * @returns {number[][]} One share per cell, as fractions.
 */
export function shares(parts: any[][], decimals?: number): number[][] {
  return toExcel(impl.shares(parts, decimals));
}

/**
 * Control total: the exact sum of every amount in one or more ranges, amounts stored as text included. Labels and blanks are skipped as SUM skips them; other text is #VALUE!.
 * @customfunction CHECKSUM
 * @helpurl https://localhost:3000/help.html#checksum
 * @param {any[][][]} range One or more ranges, as with SUM.
 * @returns {number} The exact sum.
 */
export function checksum(...range: any[][][]): number {
  return toExcel(impl.checksum(...range));
}

/**
 * Reconciles a printed total with its parts: 平衡 (balanced), 尾差 (a rounding tail within the bound) or 不符 (off), with the difference.
 * @customfunction RECONCILE
 * @helpurl https://localhost:3000/help.html#reconcile
 * @param {any} total The printed total.
 * @param {any[][]} parts The parts.
 * @param {number} [decimals] Places the figures are printed to, 0 to 10; default 2.
 * @returns {string} The verdict and the difference.
 */
export function reconcile(total: any, parts: any[][], decimals?: number): string {
  return toExcel(impl.reconcileText(total, parts, decimals));
}

/**
 * The printed total minus the sum of the printed parts: the number behind RECONCILE.
 * @customfunction DIFF
 * @helpurl https://localhost:3000/help.html#diff
 * @param {any} total The printed total.
 * @param {any[][]} parts The parts.
 * @param {number} [decimals] Places the figures are printed to, 0 to 10; default 2.
 * @returns {number} The difference.
 */
export function diff(total: any, parts: any[][], decimals?: number): number {
  return toExcel(impl.difference(total, parts, decimals));
}

/**
 * Year-on-year change (this year minus last year, divided by last year), rounded half-up to the given decimals of a percentage; 无可比性 (not comparable) when last year is 0.
 * @customfunction YOY
 * @helpurl https://localhost:3000/help.html#yoy
 * @param {any} current This year's amount.
 * @param {any} last Last year's amount.
 * @param {number} [decimals] Places of the percentage, 0 to 10; default 2.
 * @returns {any} The change as a fraction, or 无可比性.
 */
export function yoy(current: any, last: any, decimals?: number): any {
  return toExcel(impl.yoy(current, last, decimals));
}

/**
 * Converts yuan to 10,000 yuan (万元), rounded half-up to the given decimals.
 * @customfunction WAN
 * @helpurl https://localhost:3000/help.html#wan
 * @param {any} yuan The amount in yuan.
 * @param {number} [decimals] Places, 0 to 10; default 2.
 * @returns {number} The amount in 10,000 yuan.
 */
export function wan(yuan: any, decimals?: number): number {
  return toExcel(impl.wan(yuan, decimals));
}

/**
 * Converts 10,000 yuan (万元) to yuan, exactly.
 * @customfunction YUAN
 * @helpurl https://localhost:3000/help.html#yuan
 * @param {any} wan The amount in 10,000 yuan.
 * @returns {number} The amount in yuan.
 */
export function yuan(wan: any): number {
  return toExcel(impl.yuan(wan));
}

/**
 * The amount in Chinese capital numerals (人民币大写), rounded half-up to the fen first.
 * @customfunction DAXIE
 * @helpurl https://localhost:3000/help.html#daxie
 * @param {any} amount The amount.
 * @param {string} [unit] The unit of the amount: 元 (default) or 万元.
 * @returns {string} The amount in capital numerals.
 */
export function daxie(amount: any, unit?: string): string {
  return toExcel(impl.daxie(amount, unit));
}

/**
 * Joins split class, section and item cells (类, 款, 项) into one classification code, restoring leading zeros lost to number cells.
 * @customfunction CODE
 * @helpurl https://localhost:3000/help.html#code
 * @param {any} lei The class (类), or the whole code.
 * @param {any} [kuan] The section (款).
 * @param {any} [xiang] The item (项).
 * @returns {string} The code.
 */
export function code(lei: any, kuan?: any, xiang?: any): string {
  return toExcel(impl.joinCode(lei, kuan, xiang));
}

/**
 * The name of a classification code in the catalog of the year; #N/A when the catalog lacks it.
 * @customfunction NAME
 * @helpurl https://localhost:3000/help.html#name
 * @param {any} code The code.
 * @param {number} [year] The budget year; default the catalog's year.
 * @returns {string} The name.
 */
export function name(code: any, year?: number): string {
  return toExcel(impl.codeName(code, year));
}

/**
 * The full path of a code: class > section > item (类 > 款 > 项).
 * @customfunction PATH
 * @helpurl https://localhost:3000/help.html#path
 * @param {any} code The code.
 * @param {number} [year] The budget year; default the catalog's year.
 * @returns {string} The path.
 */
export function path(code: any, year?: number): string {
  return toExcel(impl.codePath(code, year));
}

/**
 * Whether the catalog of the year has the code; #N/A when the catalog cannot tell.
 * @customfunction VALID
 * @helpurl https://localhost:3000/help.html#valid
 * @param {any} code The code.
 * @param {number} [year] The budget year; default the catalog's year.
 * @returns {boolean} TRUE when the code is valid.
 */
export function valid(code: any, year?: number): boolean {
  return toExcel(impl.codeValid(code, year));
}

/**
 * The government economic code a department economic code maps to, for a unit type.
 * @customfunction GOVCODE
 * @helpurl https://localhost:3000/help.html#govcode
 * @param {any} code The department economic code.
 * @param {string} unittype The unit type: 机关 or 事业单位.
 * @param {number} [year] The budget year; default the catalog's year.
 * @returns {string} The government economic code.
 */
export function govcode(code: any, unittype: string, year?: number): string {
  return toExcel(impl.govCode(code, unittype, year));
}

/**
 * The catalog that answers lookups; with a code, also the source of that code's row.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param {any} [code] A code.
 * @param {number} [year] The budget year; default the catalog's year.
 * @returns {string} The catalog's source.
 */
export function source(code?: any, year?: number): string {
  return toExcel(impl.catalogSource(code, year));
}
