/**
 * The money under project performance targets never exceeds the 项目支出 total of the 支出总表: Σ 年度资金总额 of the
 * 项目绩效目标表 ≤ 项目支出. Where the table prints a unit row (the Henan form lists every project) the two must be
 * equal, which cross.same-quantity judges; here only the bound is judged, beyond the rounding of the summed cells.
 */
import type { FindingOf } from "../../findings/finding";
import { Dec, ZERO, roundingBound } from "../../money";
import { convert, fmt } from "../judge";
import { performanceRows } from "../performance-rows";
import { ruleOf, type RulePart } from "../rule";
import { narrativePerformanceFunds } from "./narrative-performance-funds";

const fromTable: RulePart<"performance.exceeds-project"> = {
  check(ctx) {
    const project = ctx.quantities.get("expense.project");
    if (!project || ctx.quantities.has("performance.projects")) return [];
    const rows = performanceRows(ctx.workbook);
    if (rows.length === 0) return [];
    const first = rows[0]!;
    const unit = first.table.unit;
    if (rows.some((r) => r.table.unit !== unit)) return [];
    const decimals = Math.max(...rows.map((r) => r.table.decimals));
    let sum: Dec = ZERO;
    for (const { row } of rows) sum = sum.plus(row.amounts.get("total")!.value);
    const limit = convert(project.value, project.unit, unit);
    const over = sum.minus(limit);
    // Each summed cell is rounded to its last digit: an excess within that rounding is not judged.
    if (!over.greaterThan(roundingBound(rows.length, decimals))) return [];
    const total = first.row.amounts.get("total")!;
    const finding: FindingOf<"performance.exceeds-project"> = {
      rule: "performance.exceeds-project",
      severity: "error",
      sheet: total.sheet ?? first.table.sheet,
      cell: total.cell,
      expected: fmt(limit, decimals),
      actual: fmt(sum, decimals),
      difference: fmt(over, decimals),
      table: first.table.kind,
      refs: [
        { sheet: project.sheet, cell: project.cell },
        ...rows.slice(1).map(({ table, row }) => ({ sheet: table.sheet, cell: row.amounts.get("total")!.cell })),
      ],
      params: { projects: String(rows.length), otherSheet: project.sheet, otherCell: project.cell, unit },
    };
    return [finding];
  },
};

/** One id for the bound: the performance table's sum, and the 情况说明's figure for the same money. */
export const performanceExceedsProject = ruleOf("performance.exceeds-project", [fromTable, narrativePerformanceFunds]);
