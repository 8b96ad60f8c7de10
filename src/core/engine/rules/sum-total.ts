/** Check 1: every total / subtotal row (合计, unit rows 101/101001, 类 = Σ款 = Σ项, 本年收入合计) = Σ its items. */
import type { FindingOf } from "../../findings/finding";
import { hierarchyFree, summarySides } from "../summary-sides";
import { sumGroups } from "../hierarchy";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { NO_COLUMN, RoleAmounts, sumColumns, unitsIn } from "../role-amounts";
import type { RuleOf } from "../rule";
import type { Amount, AmountRole, Row } from "../recognise/types";

/** Every row's amount in a column, or undefined when a row has none there. */
function amountsOf(rows: readonly Row[], role: AmountRole): Amount[] | undefined {
  const amounts: Amount[] = [];
  for (const row of rows) {
    const amount = row.amounts.get(role);
    if (amount === undefined) return undefined;
    amounts.push(amount);
  }
  return amounts;
}

export const sumTotal: RuleOf<"sum.total"> = {
  id: "sum.total",
  check(ctx) {
    const findings: FindingOf<"sum.total">[] = [];
    for (const table of ctx.workbook.tables) {
      for (const group of sumGroups(table)) {
        const label =
          group.parent.kind === "unit"
            ? `${group.parent.unitCode ?? ""} ${group.parent.label}`
            : (group.parent.code?.code ?? group.parent.label);
        // The parent's roles: its layout where it has one (shared by every unit row), not a fresh list per group.
        const parentAmounts = group.parent.amounts;
        const roles = parentAmounts instanceof RoleAmounts ? parentAmounts.layout : [...parentAmounts.keys()];
        const sums = sumColumns(group.children, roles);
        roles.forEach((role, i) => {
          const units = sums[i];
          // Balanced on the units alone: the total's amount is not made.
          if (units === NO_COLUMN || (units !== undefined && units === unitsIn(group.parent.amounts, role))) return;
          const total = group.parent.amounts.get(role)!;
          const parts = amountsOf(group.children, role);
          if (!parts) return;
          const f = judgeSum(ctx, {
            rule: "sum.total",
            table,
            total,
            parts,
            params: () => ({ label, column: columnLabel(table, role) }),
          });
          if (f) findings.push(f);
        });
      }
      for (const side of summarySides(table)) {
        for (const sub of side.currentTotals) {
          const total = sub.total;
          const parts = hierarchyFree(sub.items);
          for (const [role, amount] of total.amounts) {
            const values = amountsOf(parts, role);
            if (!values) continue;
            const f = judgeSum(ctx, {
              rule: "sum.total",
              table,
              total: amount,
              parts: values,
              params: () => ({ label: total.label, column: columnLabel(table, role, side.side) }),
            });
            if (f) findings.push(f);
          }
        }
      }
    }
    return findings;
  },
};
