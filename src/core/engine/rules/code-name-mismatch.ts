/** Check 5: the name printed beside a code differs from the catalog's (error; a team-compiled row only warns). */
import { nameMismatchSeverity } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import { codeRowPlace, nameFinding } from "../code-findings";
import { forEachNamedCodeRow } from "../code-lookup";
import { ruleOf, type RulePart } from "../rule";
import { codeNameAcrossTables } from "./code-name-across-tables";
import { classLineNameMismatch } from "./class-line-name-mismatch";

const againstCatalog: RulePart<"code.name-mismatch"> = {
  check(ctx) {
    const findings: FindingOf<"code.name-mismatch">[] = [];
    forEachNamedCodeRow(ctx.workbook, ctx.catalog, "different", (row, found) => {
      const verdict = found.verdict;
      if (verdict.match !== "different") return;
      findings.push(
        nameFinding(
          "code.name-mismatch",
          nameMismatchSeverity(found.entry.source),
          codeRowPlace(row),
          { expected: verdict.expected, actual: row.name },
          { code: row.code.code, name: row.name, expectedName: verdict.expected, source: found.entry.source },
        ),
      );
    });
    return findings;
  },
};

/** One id for the name checks: against the catalog, across the tables where it has no name, on the class lines. */
export const codeNameMismatch = ruleOf("code.name-mismatch", [
  againstCatalog,
  codeNameAcrossTables,
  classLineNameMismatch,
]);
