/** A rule: one stable id, one check over the recognised workbook. Rules are listed in rules/index.ts. */
import type { Catalog } from "../catalog/types";
import type { FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";
import type { Dec } from "../money";
import type { QuantityMap } from "./quantities";
import type { RecognisedWorkbook } from "./recognise/types";
import type { CheckOptions } from "./types";

export interface RuleContext {
  readonly workbook: RecognisedWorkbook;
  readonly quantities: QuantityMap;
  readonly options: CheckOptions;
  /** The catalog codes are checked against (options.catalog or the bundled one for the year). */
  readonly catalog: Catalog;
  /** User tolerance: differences up to it are warnings instead of errors (never hidden). */
  readonly tolerance: Dec | undefined;
  readonly year: number | null;
}

/** A rule owns one id and emits findings of that id only: the compiler holds each rule to its own parameters. */
export interface RuleOf<R extends RuleId> {
  readonly id: R;
  check(context: RuleContext): FindingOf<R>[];
}

/** Any rule: `id` tells which findings its check returns. */
export type Rule = { [R in RuleId]: RuleOf<R> }[RuleId];

/** One of several checks reporting under one id: the rule owning the id runs it, the rules list does not list it. */
export interface RulePart<R extends RuleId> {
  check(context: RuleContext): FindingOf<R>[];
}

/** A rule made of parts (one id, one list entry): its findings are theirs, in the order of the parts. */
export function ruleOf<R extends RuleId>(id: R, parts: readonly RulePart<R>[]): RuleOf<R> {
  return { id, check: (context) => parts.flatMap((part) => part.check(context)) };
}
