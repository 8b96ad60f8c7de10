/**
 * Shared judging for sums and for the same quantity in two tables: exact decimals, the rounding bound, the verdict,
 * and the severity the user tolerance allows. Rules call these; nothing here knows a rule id.
 */
import type { CellRef, FindingOf, Severity, SumVerdict } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import type { RuleParams } from "../findings/rule-params";
import { Dec, ZERO, formatFixed, fromUnits, roundingBound, sumUnits, verdictFor, yuanToWan, wanToYuan } from "../money";
import type { RuleContext } from "./rule";
import type { Amount, RecognisedTable, Unit } from "./recognise/types";

export function fmt(x: Dec, decimals: number): string {
  return formatFixed(x, decimals);
}

/** error beyond the bound, warning within it; the user tolerance only moves the line. */
export function severityFor(verdict: SumVerdict, difference: Dec, tolerance: Dec | undefined): Severity {
  if (verdict === "rounding-tail") return "warning";
  if (tolerance && difference.abs().lessThanOrEqualTo(tolerance)) return "warning";
  return "error";
}

/** A rule's parameters apart from `key`, which the judging adds; for rules whose parameters carry `key`. */
export type ParamsBesides<R extends RuleId, K extends string> = Omit<Extract<RuleParams[R], Record<K, string>>, K>;

/** Rules whose findings can come from a sum (their parameters carry the count of parts). */
export type SumRuleId = { [R in RuleId]: Extract<RuleParams[R], { parts: string }> extends never ? never : R }[RuleId];

/** Rules whose findings can come from the same quantity in two tables (their parameters name the other table). */
export type SameRuleId = {
  [R in RuleId]: Extract<RuleParams[R], { otherTable: string }> extends never ? never : R;
}[RuleId];

export interface SumCheck<R extends SumRuleId> {
  readonly rule: R;
  readonly table: RecognisedTable;
  readonly total: Amount;
  readonly parts: readonly Amount[];
  /** Message parameters besides the count of parts; a function so they are only built for a finding. */
  readonly params: ParamsBesides<R, "parts"> | (() => ParamsBesides<R, "parts">);
  /** Other cells to list besides the parts (defaults to the parts). */
  readonly refs?: readonly CellRef[];
}

/** Σ units of the parts when every part has them and the sum stays exact (below 2^53 at every step). */
function unitsSum(parts: readonly Amount[]): number | undefined {
  return sumUnits(parts, unitsOfAmount);
}

function unitsOfAmount(amount: Amount): number | undefined {
  return amount.units;
}

/** Zero, read from the integer units where the amount has them (no decimal made for every part of a big sum). */
function isZero(amount: Amount): boolean {
  return amount.units !== undefined ? amount.units === 0 : amount.value.isZero();
}

/** A total against its parts; undefined when they agree exactly. */
export function judgeSum<R extends SumRuleId>(ctx: RuleContext, check: SumCheck<R>): FindingOf<R> | undefined {
  const { table, total, parts } = check;
  // Most sums balance: settle those in exact integer units (fast-amount.ts), else with decimal additions.
  let sum: Dec | undefined;
  const units = total.units === undefined ? undefined : unitsSum(parts);
  if (units !== undefined) {
    if (units === total.units) return undefined;
    sum = fromUnits(units);
  }
  if (sum === undefined) {
    sum = ZERO;
    for (const p of parts) sum = sum.plus(p.value);
    if (sum.equals(total.value)) return undefined;
  }
  const difference = total.value.minus(sum);
  const bound = roundingBound(parts.length, Math.min(table.decimals, 20));
  const verdict = verdictFor(difference, bound);
  const refs =
    check.refs ?? parts.filter((p) => !isZero(p)).map((p) => ({ sheet: p.sheet ?? table.sheet, cell: p.cell }));
  return {
    rule: check.rule,
    severity: severityFor(verdict, difference, ctx.tolerance),
    sheet: total.sheet ?? table.sheet,
    cell: total.cell,
    expected: fmt(sum, table.decimals),
    actual: fmt(total.value, table.decimals),
    difference: fmt(difference, table.decimals),
    bound: bound.toFixed(Math.max(table.decimals, bound.decimalPlaces())),
    verdict,
    ...(total.stored && { stored: total.stored.toString() }),
    table: table.kind,
    refs,
    // The count first, then the rule's own: the same key order as ever (findings are compared as text).
    params: {
      parts: String(parts.length),
      ...(typeof check.params === "function" ? check.params() : check.params),
    } as unknown as RuleParams[R], // R's parameters are exactly the count and the rest (ParamsBesides)
  };
}

/** A value in another unit: 元 ↔ 万元. */
export function convert(value: Dec, from: Unit, to: Unit): Dec {
  if (from === to) return value;
  return from === "元" ? yuanToWan(value) : wanToYuan(value);
}

export interface Side {
  readonly value: Dec;
  readonly decimals: number;
  readonly unit: Unit;
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
  readonly stored?: Dec;
}

/** The figures of a finding on one quantity in two tables, without its rule and parameters. */
export type SameFields = Omit<FindingOf<SameRuleId>, "rule" | "params">;

/**
 * The same quantity in two tables: exact once both are in the unit of `shown` and rounded to the coarser displayed
 * precision (domain.md "Other bounds"). `shown` is the more aggregated table's cell. Undefined when they agree.
 */
export function compareSame(ctx: RuleContext, shown: Side, source: Side): SameFields | undefined {
  const converted = convert(source.value, source.unit, shown.unit);
  // Decimals of the source expressed in the unit of `shown` (元 with 0 places = 万元 with 4).
  const shift = source.unit === shown.unit ? 0 : source.unit === "元" ? 4 : -4;
  const coarser = Math.max(0, Math.min(shown.decimals, source.decimals + shift));
  const a = shown.value.toDecimalPlaces(coarser, Dec.ROUND_HALF_UP);
  const b = converted.toDecimalPlaces(coarser, Dec.ROUND_HALF_UP);
  if (a.equals(b)) return undefined;
  const difference = shown.value.minus(converted);
  const places = Math.max(shown.decimals, coarser);
  return {
    severity: severityFor("off", difference, ctx.tolerance),
    sheet: shown.sheet,
    cell: shown.cell,
    expected: fmt(converted, places),
    actual: fmt(shown.value, places),
    difference: fmt(difference, places),
    ...(shown.stored && { stored: shown.stored.toString() }),
    table: shown.table,
    refs: [{ sheet: source.sheet, cell: source.cell }],
  };
}

/** compareSame as a finding of `rule`, whose parameters name the other table first. */
export function judgeSame<R extends SameRuleId>(
  ctx: RuleContext,
  rule: R,
  shown: Side,
  source: Side,
  params: ParamsBesides<R, "otherTable">,
): FindingOf<R> | undefined {
  const fields = compareSame(ctx, shown, source);
  if (!fields) return undefined;
  // R's parameters are exactly the other table and the rest (ParamsBesides).
  return { rule, ...fields, params: { otherTable: source.table, ...params } as unknown as RuleParams[R] };
}
