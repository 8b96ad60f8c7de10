/** Check 5: codes that are not 3/5/7 digits, or that had to be repaired (lost leading zero, stray spaces). */
import { normaliseCode, type NormalisedCode } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import type { CodeRepairs } from "../../findings/rule-params";
import { classifiedRows } from "../classified-rows";
import type { RuleOf } from "../rule";

/**
 * The repairs worth a note, as one code in a fixed order (a split code may repair several parts: each repair counts
 * once). A code in brackets with its name after it is a usual way of printing it, not a repair worth a note.
 */
function repairsOf(repaired: readonly string[]): CodeRepairs | undefined {
  const zero = repaired.includes("leading-zero");
  const spaces = repaired.includes("spaces");
  return zero && spaces ? "leading-zero, spaces" : zero ? "leading-zero" : spaces ? "spaces" : undefined;
}

export const codeMalformed: RuleOf<"code.malformed"> = {
  id: "code.malformed",
  check(ctx) {
    const findings: FindingOf<"code.malformed">[] = [];
    // A table repeats a few dozen codes over thousands of rows: each distinct code is read once.
    const read = new Map<string, NormalisedCode>();
    for (const { table, code } of classifiedRows(ctx.workbook)) {
      let checked = code.malformed ? undefined : read.get(code.code);
      if (!code.malformed && !checked) {
        checked = normaliseCode(code.code);
        read.set(code.code, checked);
      }
      if (!code.malformed && checked!.ok && code.repaired.length === 0) continue;
      const base = {
        rule: "code.malformed" as const,
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
      };
      if (code.malformed || (checked && !checked.ok)) {
        const reason = checked && !checked.ok ? checked.reason : "wrong-length";
        // A code of no valid length or with letters cannot be classified at all.
        findings.push({ ...base, severity: "error", params: { raw: code.raw, code: code.code, reason } });
        continue;
      }
      const repairs = repairsOf(code.repaired);
      if (repairs) findings.push({ ...base, severity: "info", params: { raw: code.raw, code: code.code, repairs } });
    }
    return findings;
  },
};
