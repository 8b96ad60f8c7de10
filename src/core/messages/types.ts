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

/** The rules whose expected and actual are codes in their parameters (directions), not amounts or workbook text. */
export type CodedSidesRule = "narrative.direction";

/** A finding's two sides as the report gives them. */
export interface ReportSides {
  readonly expected?: string;
  readonly actual?: string;
}

/**
 * Each language words the coded sides of those rules for the report's expected and actual (words, never a code): a
 * complete record, so a language that leaves a rule's sides unworded does not compile.
 */
export type SideWords = { readonly [R in CodedSidesRule]: (finding: FindingOf<R>) => ReportSides };
