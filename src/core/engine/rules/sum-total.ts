/** Check 1: every total / subtotal row (合计, unit rows 101/101001, 类 = Σ款 = Σ项, 本年收入合计) = Σ its items. */
import type { FindingOf } from "../../findings/finding";
import { hierarchyFree, summarySides } from "../summary-sides";
import { sumGroups } from "../hierarchy";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { sumUnits } from "../../money";
import { RoleReader, unitsIn } from "../role-amounts";
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

const MISSING = "missing";

/**
 * Per column: the exact sum in integer units (money's sumUnits); undefined when some amount has no units or the sum
 * leaves 2^53; MISSING when a row has no amount there.
 */
function columnUnits(rows: readonly Row[], roles: readonly AmountRole[]): (number | undefined | typeof MISSING)[] {
  return roles.map((role) => {
    const reader = new RoleReader(role);
    const units = sumUnits(rows, (row) => reader.units(row.amounts));
    // A sum means every row had the column; otherwise tell a row without it from an amount without units.
    if (units !== undefined) return units;
    return rows.every((row) => reader.has(row.amounts)) ? undefined : MISSING;
  });
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
        const roles = [...group.parent.amounts.keys()];
        const sums = columnUnits(group.children, roles);
        roles.forEach((role, i) => {
          const units = sums[i];
          // Balanced on the units alone: the total's amount is not made.
          if (units === MISSING || (units !== undefined && units === unitsIn(group.parent.amounts, role))) return;
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
