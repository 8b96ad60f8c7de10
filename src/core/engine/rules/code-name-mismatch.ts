/** Check 5: the name printed beside a code differs from the catalog's (error; a team-compiled row only warns). */
import { nameMismatchSeverity } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import { forEachNamedCodeRow } from "../code-lookup";
import type { RuleOf } from "../rule";

export const codeNameMismatch: RuleOf<"code.name-mismatch"> = {
  id: "code.name-mismatch",
  check(ctx) {
    const findings: FindingOf<"code.name-mismatch">[] = [];
    forEachNamedCodeRow(ctx.workbook, ctx.catalog, ({ table, code, name, nameCell }, found) => {
      const verdict = found.verdict;
      if (verdict.match !== "different") return;
      findings.push({
        rule: "code.name-mismatch",
        severity: nameMismatchSeverity(found.entry.source),
        sheet: table.sheet,
        cell: nameCell ?? code.cell,
        expected: verdict.expected,
        actual: name,
        table: table.kind,
        refs: [],
        params: { code: code.code, name, expectedName: verdict.expected, source: found.entry.source },
      });
    });
    return findings;
  },
};
