import type { Finding } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";

/** One sentence per rule. Typed as a complete record, so a language missing a rule does not compile. */
export type RuleMessages = { readonly [K in RuleId]: (finding: Finding) => string };

export type Language = "zh" | "en";
