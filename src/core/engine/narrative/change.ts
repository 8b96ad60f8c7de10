/** Year-on-year figures a change sentence implies: this year (the amount it refers to), the change, last year. */
import type { Dec } from "../../money";
import { inUnit } from "./tie";
import type { AmountClaim, ChangeClaim, Paragraph } from "./types";

export interface Years {
  readonly currentClaim: AmountClaim;
  readonly current: Dec;
  /** Signed: negative for 减少. In the unit of `current`. */
  readonly change: Dec;
  readonly last: Dec;
}

/** undefined when the sentence gives no amount or no earlier figure to change from. */
export function lastYear(paragraph: Paragraph, change: ChangeClaim): Years | undefined {
  if (!change.amount || change.current === undefined) return undefined;
  const currentClaim = paragraph.claims[change.current];
  if (currentClaim?.kind !== "amount") return undefined;
  const amount = inUnit(
    {
      value: change.amount.figure.value,
      unit: change.amount.unit,
      decimals: change.amount.figure.decimals,
      sheet: "",
      cell: "",
      table: "",
    },
    currentClaim.unit,
  );
  const signed = change.amount.direction === "decrease" ? amount.negated() : amount;
  const current = currentClaim.figure.value;
  return { currentClaim, current, change: signed, last: current.minus(signed) };
}

/**
 * This year's and last year's levels when the sentence states both ("2024年当年预算执行数为290.15万元，2025年预算安排
 * 312.40万元，比2024年预算执行数增加7.67%"): the change is their difference. undefined when it does not.
 */
export function statedLevels(paragraph: Paragraph, change: ChangeClaim): Years | undefined {
  if (change.previous === undefined || change.current === undefined) return undefined;
  const lastClaim = paragraph.claims[change.previous];
  const currentClaim = paragraph.claims[change.current];
  if (lastClaim?.kind !== "amount" || currentClaim?.kind !== "amount" || currentClaim.naming.lastYear) return undefined;
  const last = inUnit(
    {
      value: lastClaim.figure.value,
      unit: lastClaim.unit,
      decimals: lastClaim.figure.decimals,
      sheet: "",
      cell: "",
      table: "",
    },
    currentClaim.unit,
  );
  const current = currentClaim.figure.value;
  return { currentClaim, current, change: current.minus(last), last };
}
