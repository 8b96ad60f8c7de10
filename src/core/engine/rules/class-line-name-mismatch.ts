/** Check 5 on the summary tables: a 类 line whose name is not the name of the class its position stands for. */
import { nameMismatchSeverity } from "../../catalog";
import { classLinePlace, classLinesWhereName, nameFinding } from "../code-findings";
import type { RulePart } from "../rule";

export const classLineNameMismatch: RulePart<"code.name-mismatch"> = {
  check(ctx) {
    return classLinesWhereName(ctx.workbook, ctx.catalog, "different").map(({ line, verdict }) =>
      nameFinding(
        "code.name-mismatch",
        nameMismatchSeverity(verdict.entry.source),
        classLinePlace(line),
        { expected: verdict.entry.name, actual: line.name },
        { code: line.code, name: line.name, expectedName: verdict.entry.name, source: verdict.entry.source },
      ),
    );
  },
};
