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

/** The level ("1" for a 类, "2" for a 款) of a code that is no leaf; undefined for a leaf or a code of no kind. */
function nonLeafLevel(code: string): "1" | "2" | undefined {
  const kind = kindOfCode(code);
  if (!kind || code.length >= LEAF_LENGTH[kind]) return undefined;
  return code.length === 3 ? "1" : "2";
}

export const codeNotLeaf: RuleOf<"code.not-leaf"> = {
  id: "code.not-leaf",
  check(ctx) {
    const findings: FindingOf<"code.not-leaf">[] = [];
    const rows = classifiedRows(ctx.workbook);
    // Judged once per distinct code; a row is then passed over by its index.
    // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
    const levels = Array.from(rows.codes, nonLeafLevel);
    for (let i = 0; i < rows.length; i++) {
      const c = rows.codeIndex[i]!;
      const level = c < 0 ? undefined : levels[c];
      // In tables listing 类/款/项 with subtotals the upper rows are subtotals, checked by sum.total.
      if (level === undefined || isHierarchical(rows.table(i))) continue;
      const { table, row, code } = rows.at(i);
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
