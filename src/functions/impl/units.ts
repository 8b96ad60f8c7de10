import { roundHalfUp, toCapitalNumerals, wanToYuan, yuanToWan } from "../../core";
import { amountArg, decimalsArg, type ExcelArg } from "./coerce";
import { finiteResult, fnError, isFnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";

/** BUDGET.WAN: 元 → 万元, half-up to `decimals` places (default 2). */
export function wan(yuan: ExcelArg, decimals?: number | null): FnResult<number> {
  const dp = decimalsArg(decimals);
  if (isFnError(dp)) return dp;
  const amount = amountArg(yuan, "yuan", "元");
  return isFnError(amount) ? amount : finiteResult(roundHalfUp(yuanToWan(amount), dp));
}

/** BUDGET.YUAN: 万元 → 元, exact. */
export function yuan(wanAmount: ExcelArg): FnResult<number> {
  const amount = amountArg(wanAmount, "wan", "万元");
  return isFnError(amount) ? amount : finiteResult(wanToYuan(amount));
}

/** BUDGET.DAXIE: 人民币大写 of an amount in 元 (or in 万元 when unit is "万元"), half-up to 分. */
export function daxie(amount: ExcelArg, unit?: string | null): FnResult<string> {
  const inWan = unit === "万元";
  if (unit !== undefined && unit !== null && unit !== "" && unit !== "元" && !inWan)
    return fnError("#VALUE!", MESSAGES.unit);
  const value = amountArg(amount, "amount", inWan ? "万元" : "元");
  if (isFnError(value)) return value;
  const text = toCapitalNumerals(inWan ? wanToYuan(value) : value);
  return text === undefined ? fnError("#NUM!", MESSAGES.tooLarge) : text;
}
