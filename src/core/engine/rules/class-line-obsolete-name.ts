/** Check 5 on the summary tables: a 类 line printed under a name the catalog retired (医疗卫生与计划生育支出, 2019). */
import type { FindingOf } from "../../findings/finding";
import { classLinePlace, classLinesWhereName, nameFinding } from "../code-findings";
import type { RulePart } from "../rule";

export const classLineObsoleteName: RulePart<"code.obsolete-name"> = {
  check(ctx) {
    const findings: FindingOf<"code.obsolete-name">[] = [];
    for (const { line, verdict } of classLinesWhereName(ctx.workbook, ctx.catalog, "former")) {
      // What belongs at this position: the class the ordinal names (an old name of another class is out of place too).
      const here = ctx.catalog.lookup(line.code, "functional");
      const names = { expected: here?.name ?? verdict.entry.name, actual: line.name };
      findings.push(
        nameFinding("code.obsolete-name", "warning", classLinePlace(line), names, {
          code: verdict.entry.code,
          name: line.name,
          expectedName: verdict.entry.name,
          since: String(verdict.until),
          position: line.code,
          positionName: here?.name ?? verdict.entry.name,
        }),
      );
    }
    return findings;
  },
};
