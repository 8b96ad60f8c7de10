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
