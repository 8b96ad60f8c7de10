/**
 * Check 5: a detail row must use a leaf code (项 for functional, 款 for economic). With money on it: error; all
 * zero: warning.
 */
import type { FindingOf } from "../../findings/finding";
import { kindOfCode } from "../../catalog";
import { classifiedRows } from "../classified-rows";
import { isHierarchical } from "../hierarchy";
import type { RuleOf } from "../rule";

const LEAF_LENGTH = { functional: 7, "econ-dept": 5, "econ-gov": 5 } as const;

export const codeNotLeaf: RuleOf<"code.not-leaf"> = {
  id: "code.not-leaf",
  check(ctx) {
    const findings: FindingOf<"code.not-leaf">[] = [];
    for (const { table, row, code } of classifiedRows(ctx.workbook)) {
      // In tables listing 类/款/项 with subtotals the upper rows are subtotals, checked by sum.total.
      if (code.malformed || isHierarchical(table)) continue;
      const kind = kindOfCode(code.code);
      if (!kind || code.code.length >= LEAF_LENGTH[kind]) continue;
      const level = code.code.length === 3 ? "1" : "2";
      findings.push({
        rule: "code.not-leaf",
        // Money booked under a 类 is misclassified; an all-zero row is a leftover.
        severity: [...row.amounts.values()].some((a) => !a.value.isZero()) ? "error" : "warning",
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
        params: { code: code.code, level },
      });
    }
    return findings;
  },
};
