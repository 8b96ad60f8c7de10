/**
 * engine.rule-failed (issue #9): a rule that throws on a workbook is a bug, but one rule's bug must not take the
 * other rules' findings with it, nor fail the file. Its place is the rule, not a cell: the finding stands on the
 * first sheet's A1 so every surface can show and link it.
 */
import type { Finding } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";

/** Error text kept in the finding: the first line, at most this long. */
const MAX_DETAIL = 200;

function detailOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.split("\n")[0] ?? "").slice(0, MAX_DETAIL);
}

export function ruleFailed(rule: RuleId, error: unknown, firstSheet: string): Finding {
  return {
    rule: "engine.rule-failed",
    severity: "info",
    sheet: firstSheet,
    cell: "A1",
    refs: [],
    params: { rule, detail: detailOf(error) },
  };
}
