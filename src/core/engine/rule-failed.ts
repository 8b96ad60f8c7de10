/**
 * engine.rule-failed (issue #9): a rule that throws on a workbook is a bug, but one rule's bug must not take the
 * other rules' findings with it, nor fail the file. Its place is the rule, not a cell: the finding stands on the
 * first sheet's A1 so every surface can show and link it. A sheet that cannot be read as a table is the same kind
 * of bug, placed on that sheet (check-workbook.ts leaves it out and checks the others).
 */
import type { Finding } from "../findings/finding";
import type { RuleId } from "../findings/rule-ids";

/** Error text kept in the finding: the first line, at most this long. */
const MAX_DETAIL = 200;

function detailOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.split("\n")[0] ?? "").slice(0, MAX_DETAIL);
}

/** Named as the failing "rule" when reading one sheet as a table failed: the finding then stands on that sheet. */
export const RECOGNITION = "recognise";

export function ruleFailed(rule: RuleId | typeof RECOGNITION, error: unknown, sheet: string): Finding {
  return {
    rule: "engine.rule-failed",
    severity: "info",
    sheet,
    cell: "A1",
    refs: [],
    params: { rule, detail: detailOf(error) },
  };
}
