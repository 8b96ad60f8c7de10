/**
 * The BUDGET worksheet functions. Their JSDoc is their registration: the webpack CustomFunctionsMetadataPlugin
 * writes dist/functions.json from it (namespace BUDGET comes from the manifest). Names and argument order are a
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
 * 占比：part ÷ total，按百分比显示 decimals 位四舍五入（966.70/1261.66 → 0.7662 即 76.62%）。
 * Share part ÷ total, rounded half-up to show `decimals` places as a percentage.
 * @customfunction SHARE
 * @param {any} part 部分金额 · part amount
 * @param {any} total 总数（为 0 时 #DIV/0!）· total (0 gives #DIV/0!)
 * @param {number} [decimals] 百分比小数位 0–10，默认 2 · places of the percentage, 0–10, default 2
 * @returns {number} 占比（小数，设为百分比格式显示）· the share as a fraction
 */
export function share(part: any, total: any, decimals?: number): number {
  return toExcel(impl.share(part, total, decimals));
}

/**
 * 一组占比（最大余额法），合计恰为 100%，按原区域形状溢出。
 * Shares of a list that sum to exactly 100% (largest remainder), spilled in the shape of `parts`.
 * @customfunction SHARES
 * @param {any[][]} parts 各项金额（空白为 0，不得为负）· the parts (blanks are 0, none negative)
 * @param {number} [decimals] 百分比小数位 0–10，默认 2 · places of the percentage, 0–10, default 2
 * @returns {number[][]} 各项占比 · one share per cell
 */
export function shares(parts: any[][], decimals?: number): number[][] {
  return toExcel(impl.shares(parts, decimals));
}

/**
 * 控制合计：区域内全部金额的精确和，文本数字（"1,241.66"、"(20.00)"）也计入；非金额文本 → #VALUE!。
 * Control total: the exact sum of every amount in the range, numbers stored as text included.
 * @customfunction CHECKSUM
 * @param {any[][]} range 区域 · the range
 * @returns {number} 精确合计 · the exact sum
 */
export function checksum(range: any[][]): number {
  return toExcel(impl.checksum(range));
}

/**
 * 合计与明细核对：平衡 / 尾差（在 (n+1)×0.5×10^-decimals 界限内）/ 不符 及差额。
 * Reconcile a printed total with its parts: 平衡 balanced / 尾差 rounding tail within the bound / 不符 off by the amount.
 * @customfunction RECONCILE
 * @param {any} total 合计 · the printed total
 * @param {any[][]} parts 明细区域 · the parts
 * @param {number} [decimals] 打印的小数位 0–10，默认 2 · places the figures are printed to, 0–10, default 2
 * @returns {string} 平衡 / 尾差 0.01（≤0.015）/ 不符 -0.05
 */
export function reconcile(total: any, parts: any[][], decimals?: number): string {
  return toExcel(impl.reconcileText(total, parts, decimals));
}

/**
 * 合计 − 明细之和（按打印位数四舍五入后），即 RECONCILE 的差额。
 * Printed total minus the sum of the printed parts: the number behind RECONCILE.
 * @customfunction DIFF
 * @param {any} total 合计 · the printed total
 * @param {any[][]} parts 明细区域 · the parts
 * @param {number} [decimals] 打印的小数位 0–10，默认 2 · places the figures are printed to, 0–10, default 2
 * @returns {number} 差额 · the difference
 */
export function diff(total: any, parts: any[][], decimals?: number): number {
  return toExcel(impl.difference(total, parts, decimals));
}

/**
 * 同比增减率 (本年 − 上年) ÷ 上年，按百分比 decimals 位四舍五入；上年为 0 时返回“无可比性”。
 * Year-on-year change, rounded half-up to `decimals` places of a percentage; "无可比性" when last year is 0.
 * @customfunction YOY
 * @param {any} current 本年数 · this year
 * @param {any} last 上年数 · last year
 * @param {number} [decimals] 百分比小数位 0–10，默认 2 · places of the percentage, 0–10, default 2
 * @returns {any} 增减率（小数）或“无可比性” · the change as a fraction, or "无可比性"
 */
export function yoy(current: any, last: any, decimals?: number): any {
  return toExcel(impl.yoy(current, last, decimals));
}

/**
 * 元 → 万元，保留 decimals 位四舍五入。
 * 元 to 万元, rounded half-up to `decimals` places.
 * @customfunction WAN
 * @param {any} yuan 金额（元）· amount in 元
 * @param {number} [decimals] 小数位 0–10，默认 2 · places, 0–10, default 2
 * @returns {number} 金额（万元）· amount in 万元
 */
export function wan(yuan: any, decimals?: number): number {
  return toExcel(impl.wan(yuan, decimals));
}

/**
 * 万元 → 元（精确）。
 * 万元 to 元, exact.
 * @customfunction YUAN
 * @param {any} wan 金额（万元）· amount in 万元
 * @returns {number} 金额（元）· amount in 元
 */
export function yuan(wan: any): number {
  return toExcel(impl.yuan(wan));
}

/**
 * 人民币大写（元角分，整/零按《支付结算办法》），先四舍五入到分。
 * The amount in Chinese capital numerals (人民币大写), rounded half-up to 分 first.
 * @customfunction DAXIE
 * @param {any} amount 金额 · the amount
 * @param {string} [unit] 金额单位 "元"（默认）或 "万元" · unit of `amount`: "元" (default) or "万元"
 * @returns {string} 大写金额 · the amount in capital numerals
 */
export function daxie(amount: any, unit?: string): string {
  return toExcel(impl.daxie(amount, unit));
}

/**
 * 把拆开的 类/款/项 单元格拼成一个编码（201 | 31 | 1 → 2013101，补回丢失的前导零）。
 * Join split 类/款/项 cells into one code, restoring leading zeros lost to number cells.
 * @customfunction CODE
 * @param {any} lei 类（或完整编码）· 类, or the whole code
 * @param {any} [kuan] 款 · 款
 * @param {any} [xiang] 项 · 项
 * @returns {string} 编码 · the code
 */
export function code(lei: any, kuan?: any, xiang?: any): string {
  return toExcel(impl.joinCode(lei, kuan, xiang));
}

/**
 * 科目名称（按年度目录；目录中没有 → #N/A）。
 * The name of a classification code in the catalog of the year.
 * @customfunction NAME
 * @param {any} code 编码 · the code
 * @param {number} [year] 预算年度，默认目录年度 · budget year, default the catalog's year
 * @returns {string} 科目名称 · the name
 */
export function name(code: any, year?: number): string {
  return toExcel(impl.codeName(code, year));
}

/**
 * 完整路径 类 > 款 > 项。
 * The full path 类 > 款 > 项 of a code.
 * @customfunction PATH
 * @param {any} code 编码 · the code
 * @param {number} [year] 预算年度 · budget year
 * @returns {string} 路径 · the path
 */
export function path(code: any, year?: number): string {
  return toExcel(impl.codePath(code, year));
}

/**
 * 编码在该年度目录中是否存在；目录未完整收录该分支而无法判断时 #N/A。
 * Whether the catalog of the year has the code; #N/A when the catalog cannot tell.
 * @customfunction VALID
 * @param {any} code 编码 · the code
 * @param {number} [year] 预算年度 · budget year
 * @returns {boolean} 是否有效 · valid or not
 */
export function valid(code: any, year?: number): boolean {
  return toExcel(impl.codeValid(code, year));
}

/**
 * 部门预算支出经济分类 → 政府预算支出经济分类编码（按单位类型）。
 * The government economic code a department economic code maps to, for a unit type.
 * @customfunction GOVCODE
 * @param {any} code 部门预算经济分类编码 · department economic code
 * @param {string} unittype "机关" 或 "事业单位" · "机关" or "事业单位"
 * @param {number} [year] 预算年度 · budget year
 * @returns {string} 政府预算经济分类编码 · government economic code
 */
export function govcode(code: any, unittype: string, year?: number): string {
  return toExcel(impl.govCode(code, unittype, year));
}

/**
 * 回答查询的目录；给出编码时另附该行的来源（official/seed/observed/partial/compiled）。
 * The catalog that answers lookups; with a code, also the source of that code's row.
 * @customfunction SOURCE
 * @param {any} [code] 编码 · a code
 * @param {number} [year] 预算年度 · budget year
 * @returns {string} 目录来源 · the catalog's source
 */
export function source(code?: any, year?: number): string {
  return toExcel(impl.catalogSource(code, year));
}
