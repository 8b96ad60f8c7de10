/** Exact money: the one decimal type; reading amounts from cells; half-up rounding, formats and displayed values (amounts as shown on screen too); units; rounding bounds; shares, year-on-year and 人民币大写; exact integer fast paths. */
export { Dec, ZERO, ONE } from "./decimal";
export { roundHalfUp } from "./round";
export { displayAmount, displayDifference, formatFixed } from "./format";
export { fromExcelNumber, toExcelNumber } from "./excel-number";
export { formatDecimals, displayedValue } from "./number-format";
export type { FormatDecimals } from "./number-format";
export { readAmount, readAmountText } from "./read-amount";
export type { AmountRead, AmountError, AmountResult, AmountFailure, AmountUnit } from "./read-amount";
export { roundingBound, reconcile, verdictFor, sumOf } from "./bound";
export type { Reconciliation } from "./bound";
export { yuanToWan, wanToYuan } from "./units";
export { shareOf, largestRemainderShares } from "./share";
export type { SharesResult } from "./share";
export { yearOnYear } from "./change";
export type { ChangeResult } from "./change";
export { toCapitalNumerals, CAPITAL_LIMIT } from "./capital";
export { parseCapitalNumerals } from "./parse-capital";
export {
  ExactSum,
  fromUnits,
  shareOfNumbers,
  shareOfUnits,
  sumUnits,
  tenThousandths,
  textTenThousandths,
  UNITS_PER_ONE,
} from "./integer-path";
