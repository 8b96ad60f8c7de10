/**
 * Check 7: 类 lines of the summary tables against the line tables: 收支总表 "一、一般公共服务" = Σ 支出表 rows of 201;
 * 财政拨款收支总表 "（一）一般公共服务支出" (一般公共预算 column) = Σ 一般公共预算支出表 rows of 201. A sum of printed
 * rows, so the rounding bound applies.
 */
import type { FindingOf } from "../../findings/finding";
import { judgeSum } from "../judge";
import { isHierarchical } from "../hierarchy";
import type { RuleContext, RulePart } from "../rule";
import type { Amount, AmountRole, RecognisedTable, Row } from "../recognise/types";
import { tableOf } from "../tables";
import { labelLevel } from "../text";
import { cellAddress } from "../../grid/address";

function classRows(detail: RecognisedTable, classCode: string): Row[] {
  const hierarchical = isHierarchical(detail);
  return detail.rows.filter((r) => {
    if (r.kind !== "code" || !r.code || !r.code.code.startsWith(classCode)) return false;
    return hierarchical ? r.code.code.length === 3 : true;
  });
}

function totalCellOf(table: RecognisedTable): string {
  const total = table.rows.find((r) => r.kind === "total")?.amounts.get("total");
  return total?.cell ?? cellAddress(table.dataTop, 0);
}

function compare(
  ctx: RuleContext,
  summary: RecognisedTable,
  lines: readonly Row[],
  role: AmountRole,
  detail: RecognisedTable,
): FindingOf<"cross.same-quantity">[] {
  const findings: FindingOf<"cross.same-quantity">[] = [];
  for (const line of lines) {
    const code = line.classCode;
    const shown = line.amounts.get(role) ?? line.amounts.get("amount");
    if (!code || !shown) continue;
    const rows = classRows(detail, code);
    const parts = rows.map((r) => r.amounts.get("total")).filter((a): a is Amount => a !== undefined);
    if (parts.length !== rows.length) continue;
    // A class line for money the detail table does not list at all still must be 0 there.
    const f = judgeSum(ctx, {
      rule: "cross.same-quantity",
      table: summary,
      total: shown,
      parts,
      // No row of that class at all: the reference is the detail table's total, whose items lack the class.
      refs:
        parts.length > 0
          ? parts.map((p) => ({ sheet: detail.sheet, cell: p.cell }))
          : [{ sheet: detail.sheet, cell: totalCellOf(detail) }],
      params: {
        label: line.label,
        otherSheet: detail.sheet,
        otherCell: parts[0]?.cell ?? "",
        classCode: code,
      },
    });
    if (f && detail.unit === summary.unit) findings.push(f);
  }
  return findings;
}

export const crossClassLines: RulePart<"cross.same-quantity"> = {
  check(ctx) {
    const findings: FindingOf<"cross.same-quantity">[] = [];
    const summary = tableOf(ctx.workbook, "income-expense-summary");
    const expense = tableOf(ctx.workbook, "expense");
    if (summary && expense) {
      const lines = summary.rows.filter((r) => r.side === "expense" && labelLevel(r.label) === "level1");
      for (const finding of compare(ctx, summary, lines, "amount", expense)) findings.push(finding);
    }
    const fiscal = tableOf(ctx.workbook, "fiscal-summary");
    const general = tableOf(ctx.workbook, "general-expense");
    if (fiscal && general) {
      const lines = fiscal.rows.filter((r) => r.side === "expense" && labelLevel(r.label) === "level2");
      for (const finding of compare(ctx, fiscal, lines, "general", general)) findings.push(finding);
    }
    return findings;
  },
};
