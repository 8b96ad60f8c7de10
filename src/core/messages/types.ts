import type { FindingOf } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";

/**
 * How a sentence writes an amount (a side, a difference, a figure in its parameters): as the report holds it, or as
 * the screen shows it (money/format.ts). Absent stays absent (""), as the sentences always wrote it.
 */
export type AmountText = (amount: string | undefined) => string;

/** Plain strings for the reports (JSON, report workbook, command line); display strings for the pane. */
export type AmountStyle = "plain" | "display";

/**
 * One sentence per rule, reading that rule's own parameters; amounts go through `amount`. Typed as a complete record,
 * so a language missing a rule, or a sentence reading a parameter its rule does not have, does not compile.
 */
export type RuleMessages = { readonly [R in RuleId]: (finding: FindingOf<R>, amount: AmountText) => string };

export type Language = "zh" | "en";
