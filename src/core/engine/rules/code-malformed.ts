/** Check 5: codes that are not 3/5/7 digits, or that had to be repaired (lost leading zero, stray spaces). */
import { normaliseCode } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import type { CodeRepairs } from "../../findings/rule-params";
import { classifiedRows, MALFORMED, REPAIRED } from "../classified-rows";
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
    const rows = classifiedRows(ctx.workbook);
    // A table repeats a few dozen codes over thousands of rows: each distinct code is read once, and a row whose
    // code is well formed, valid and not repaired is passed over by its index alone.
    // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
    const checked = Array.from(rows.codes, (code) => normaliseCode(code));
    for (let i = 0; i < rows.length; i++) {
      const c = rows.codeIndex[i]!;
      const normalised = c < 0 ? undefined : checked[c]!;
      if ((rows.flags[i]! & (MALFORMED | REPAIRED)) === 0 && normalised!.ok) continue;
      const table = rows.table(i);
      const code = rows.code(i);
      const base = {
        rule: "code.malformed" as const,
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
      };
      if (code.malformed || (normalised && !normalised.ok)) {
        const reason = normalised && !normalised.ok ? normalised.reason : "wrong-length";
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
