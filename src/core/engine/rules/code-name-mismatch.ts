/** Check 5: the name printed beside a code differs from the catalog's (error; a team-compiled row only warns). */
import type { Finding } from "../../findings/finding";
import { classifiedRows } from "../classified-rows";
import { namedLookups } from "../code-lookup";
import type { Rule } from "../rule";

export const codeNameMismatch: Rule = {
  id: "code.name-mismatch",
  check(ctx) {
    const findings: Finding[] = [];
    const lookup = namedLookups(ctx.catalog);
    for (const { table, row, code, name, nameCell, government } of classifiedRows(ctx.workbook)) {
      // A row carrying a unit code names the unit, not the subject.
      if (code.malformed || name === "" || (row.unitCode !== undefined && !government)) continue;
      const found = lookup(code.code, name);
      if (!found) continue;
      const verdict = found.verdict;
      if (verdict.match !== "different") continue;
      findings.push({
        rule: "code.name-mismatch",
        severity: found.entry.source === "compiled" ? "warning" : "error",
        sheet: table.sheet,
        cell: nameCell ?? code.cell,
        expected: verdict.expected,
        actual: name,
        table: table.kind,
        refs: [],
        params: { code: code.code, name, expectedName: verdict.expected, source: found.entry.source },
      });
    }
    return findings;
  },
};
