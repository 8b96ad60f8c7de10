import type { FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";

/**
 * One sentence per rule, reading that rule's own parameters. Typed as a complete record, so a language missing a
 * rule, or a sentence reading a parameter its rule does not have, does not compile.
 */
export type RuleMessages = { readonly [R in RuleId]: (finding: FindingOf<R>) => string };

export type Language = "zh" | "en";
