/**
 * body.name-mismatch (warning): the body's name must read the same on every 编制部门 / 编制单位 / 预算单位 line (cover
 * included). The name most lines print is taken as the body's; each line printing another is reported at its cell.
 * With no majority nothing is reported: which one is right cannot be told.
 */
import type { FindingOf } from "../../findings/finding";
import { bodyNameLines } from "../narrative/document";
import type { RuleOf } from "../rule";

export const bodyNameMismatch: RuleOf<"body.name-mismatch"> = {
  id: "body.name-mismatch",
  check(context) {
    const lines = bodyNameLines(context.workbook);
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(line.name, (counts.get(line.name) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (!top || (second && second[1] === top[1])) return [];
    return lines
      .filter((line) => line.name !== top[0])
      .map((line): FindingOf<"body.name-mismatch"> => ({
        rule: "body.name-mismatch",
        severity: "warning",
        sheet: line.sheet,
        cell: line.cell,
        expected: top[0],
        actual: line.name,
        refs: [],
        params: { name: line.name, expectedName: top[0] },
      }));
  },
};
