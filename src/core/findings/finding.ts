/**
 * A finding is data: which rule, where, both sides, the difference. Sentences are made later from the
 * message files (src/core/messages), so the same finding reads in Chinese or English and tests can
 * compare whole objects.
 */
import type { RuleId } from "./rule-ids";
import type { RuleParams } from "./rule-params";

export type Severity = "error" | "warning" | "info";

/** Severity order for sorting and summaries: errors first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Another cell a finding involves (the detail table's cell, the table figure a narrative quotes). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** How a sum compares with its parts once the rounding bound is known (domain.md "Rounding"). */
export type SumVerdict = "balanced" | "rounding-tail" | "off";

/** A finding of one rule: its id and the parameters that rule's messages read. */
export interface FindingOf<R extends RuleId> {
  /** Stable rule id, documented in docs/rules.md or docs/narrative.md; never reused for another meaning. */
  readonly rule: R;
  readonly severity: Severity;
  /** Sheet name and A1 address of the value being judged (product.md "Report format"). */
  readonly sheet: string;
  readonly cell: string;
  /** What the more detailed source says, as a decimal string in the unit and decimals of `cell`. */
  readonly expected?: string;
  /** What `cell` shows, as a decimal string. */
  readonly actual?: string;
  /** actual − expected, as a decimal string. */
  readonly difference?: string;
  /** For sums: the rounding bound (n+1) × half a unit of the last printed digit, and the verdict. */
  readonly bound?: string;
  readonly verdict?: SumVerdict;
  /** The stored value when it differs from what the cell displays (both are reported). */
  readonly stored?: string;
  /** The table kind the finding belongs to, when it belongs to one. */
  readonly table?: string;
  /** The other cells involved. */
  readonly refs: readonly CellRef[];
  /** Named values the message templates use (a label, a code, a unit). Strings only: findings serialise as they are. */
  readonly params: RuleParams[R];
}

/** Any finding: one member per rule id, so checking `rule` tells which parameters it has. */
export type Finding = { [R in RuleId]: FindingOf<R> }[RuleId];
