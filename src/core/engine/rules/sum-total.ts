/** Check 1: every total / subtotal row (合计, unit rows 101/101001, 类 = Σ款 = Σ项, 本年收入合计) = Σ its items. */
import type { FindingOf } from "../../findings/finding";
import { hierarchyFree, summarySides } from "../summary-sides";
import { sumGroups } from "../hierarchy";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { unitsIn } from "../role-amounts";
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
 * Per column, in one pass over the rows (each row's amounts read once, not once per column): the exact sum in
 * integer units; undefined when some amount has no units or the sum leaves 2^53; MISSING when a row has no amount.
 */
function columnUnits(rows: readonly Row[], roles: readonly AmountRole[]): (number | undefined | typeof MISSING)[] {
  // Unboxed sums and a state per column (0 summing, 1 no exact sum, 2 missing): no number objects per addition.
  const sums = new Float64Array(roles.length);
  const state = new Uint8Array(roles.length);
  for (let r = 0; r < rows.length; r++) {
    const amounts = rows[r]!.amounts;
    for (let i = 0; i < roles.length; i++) {
      if (state[i] === 2) continue;
      const role = roles[i]!;
      if (!amounts.has(role)) state[i] = 2;
      else if (state[i] === 0) {
        const units = unitsIn(amounts, role);
        const next = units === undefined ? Number.NaN : sums[i]! + units;
        if (Number.isSafeInteger(next)) sums[i] = next;
        else state[i] = 1;
      }
    }
  }
  return roles.map((_, i) => (state[i] === 2 ? MISSING : state[i] === 1 ? undefined : sums[i]!));
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
          const total = group.parent.amounts.get(role)!;
          const units = sums[i];
          if (units === MISSING || (units !== undefined && units === total.units)) return;
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
