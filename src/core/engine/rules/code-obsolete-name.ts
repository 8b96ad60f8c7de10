/** Check 5: a renamed subject still printed under its old name (210 医疗卫生与计划生育支出 → 卫生健康支出, 2019). */
import type { FindingOf } from "../../findings/finding";
import { codeRowPlace, nameFinding } from "../code-findings";
import { forEachNamedCodeRow } from "../code-lookup";
import { ruleOf, type RulePart } from "../rule";
import { classLineObsoleteName } from "./class-line-obsolete-name";

const onCodeRows: RulePart<"code.obsolete-name"> = {
  check(ctx) {
    const findings: FindingOf<"code.obsolete-name">[] = [];
    forEachNamedCodeRow(ctx.workbook, ctx.catalog, "former", (row, found) => {
      const verdict = found.verdict;
      if (verdict.match !== "former") return;
      findings.push(
        nameFinding(
          "code.obsolete-name",
          "warning",
          codeRowPlace(row),
          { expected: verdict.current, actual: row.name },
          { code: row.code.code, name: row.name, expectedName: verdict.current, since: String(verdict.until) },
        ),
      );
    });
    return findings;
  },
};

/** One id for old names: beside a code, and on the summaries' class lines. */
export const codeObsoleteName = ruleOf("code.obsolete-name", [onCodeRows, classLineObsoleteName]);
