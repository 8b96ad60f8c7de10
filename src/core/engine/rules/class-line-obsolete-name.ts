/** Check 5 on the summary tables: a 类 line printed under a name the catalog retired (医疗卫生与计划生育支出, 2019). */
import type { FindingOf } from "../../findings/finding";
import { classLines, judgeClassName } from "../class-lines";
import type { RulePart } from "../rule";

export const classLineObsoleteName: RulePart<"code.obsolete-name"> = {
  check(ctx) {
    const findings: FindingOf<"code.obsolete-name">[] = [];
    for (const line of classLines(ctx.workbook)) {
      const verdict = judgeClassName(ctx.catalog, line);
      if (verdict?.match !== "former") continue;
      // What belongs at this position: the class the ordinal names (an old name of another class is out of place too).
      const here = ctx.catalog.lookup(line.code, "functional");
      findings.push({
        rule: "code.obsolete-name",
        severity: "warning",
        sheet: line.table.sheet,
        cell: line.row.labelCell ?? "A1",
        expected: here?.name ?? verdict.entry.name,
        actual: line.name,
        table: line.table.kind,
        refs: [],
        params: {
          code: verdict.entry.code,
          name: line.name,
          expectedName: verdict.entry.name,
          since: String(verdict.until),
          position: line.code,
          positionName: here?.name ?? verdict.entry.name,
        },
      });
    }
    return findings;
  },
};
