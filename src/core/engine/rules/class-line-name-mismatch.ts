/** Check 5 on the summary tables: a 类 line whose name is not the name of the class its position stands for. */
import { nameMismatchSeverity } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import { classLines, judgeClassName } from "../class-lines";
import type { RulePart } from "../rule";

export const classLineNameMismatch: RulePart<"code.name-mismatch"> = {
  check(ctx) {
    const findings: FindingOf<"code.name-mismatch">[] = [];
    for (const line of classLines(ctx.workbook)) {
      const verdict = judgeClassName(ctx.catalog, line);
      if (verdict?.match !== "different") continue;
      findings.push({
        rule: "code.name-mismatch",
        severity: nameMismatchSeverity(verdict.entry.source),
        sheet: line.table.sheet,
        cell: line.row.labelCell ?? "A1",
        expected: verdict.entry.name,
        actual: line.name,
        table: line.table.kind,
        refs: [],
        params: { code: line.code, name: line.name, expectedName: verdict.entry.name, source: verdict.entry.source },
      });
    }
    return findings;
  },
};
