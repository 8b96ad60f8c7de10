/** Check 1: every total / subtotal row (合计, unit rows 101/101001, 类 = Σ款 = Σ项, 本年收入合计) = Σ its items. */
import type { FindingOf } from "../../findings/finding";
import { hierarchyFree, summarySides } from "../summary-sides";
import { sumGroups } from "../hierarchy";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { unitColumns, type UnitColumns } from "../unit-columns";
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

/** A column some row of a group has no amount in (columnSum). */
const NO_COLUMN = "missing";

/**
 * The rows' exact sum in the role from the unit columns: NO_COLUMN when some row has no amount there; undefined
 * when some amount has no units or a partial sum leaves the safe integers (as money's sumUnits).
 */
function columnSum(
  columns: UnitColumns,
  group: { readonly members: Int32Array; readonly start: number; readonly end: number },
  role: AmountRole,
): number | undefined | typeof NO_COLUMN {
  const units = columns.units(role)!;
  const { members, start, end } = group;
  // First a plain float sum: every partial sum is an exact integer when the sum of magnitudes stays safe, and a
  // NaN (an amount without units, or none) carries through. Only then is the row-by-row reading needed.
  let sum = 0;
  let magnitude = 0;
  for (let k = start; k < end; k++) {
    const u = units[members[k]!]!;
    sum += u;
    magnitude += Math.abs(u);
  }
  if (magnitude <= Number.MAX_SAFE_INTEGER) return sum;
  let exact = true;
  sum = 0;
  for (let k = start; k < end; k++) {
    const i = members[k]!;
    const u = units[i]!;
    // NaN is a decimal amount or none: which one, only the layout says (asked for those rows alone).
    if (u !== u && !columns.has(role, i)) return NO_COLUMN;
    if (exact && !Number.isSafeInteger((sum += u))) exact = false;
  }
  return exact ? sum : undefined;
}

/** How a finding names the total: a unit by its code and name, a code row by its code, else its label. */
function labelOf(parent: Row): string {
  return parent.kind === "unit" ? `${parent.unitCode ?? ""} ${parent.label}` : (parent.code?.code ?? parent.label);
}

export const sumTotal: RuleOf<"sum.total"> = {
  id: "sum.total",
  check(ctx) {
    const findings: FindingOf<"sum.total">[] = [];
    for (const table of ctx.workbook.tables) {
      const groups = sumGroups(table);
      // Read once per table: the groups add every line several times (the 合计, its unit, its 款 and 类).
      const columns = groups.length > 0 ? unitColumns(table) : undefined;
      for (let g = 0; g < groups.length; g++) {
        const group = { members: groups.members, start: groups.start(g), end: groups.end(g) };
        const p = groups.parent(g);
        const parent = table.rows[p]!;
        const roles = columns!.layouts[columns!.layoutId[p]!]!;
        // Indexed, not for…of: a loop not yet optimised makes a result object per step.
        for (let r = 0; r < roles.length; r++) {
          const role = roles[r]!;
          const units = columnSum(columns!, group, role);
          // Balanced on the units alone: the total's amount is not made.
          if (units === NO_COLUMN || (units !== undefined && units === columns!.units(role)![p])) continue;
          const total = parent.amounts.get(role)!;
          const children = Array.from(group.members.subarray(group.start, group.end), (i) => table.rows[i]!);
          const parts = amountsOf(children, role);
          if (!parts) continue;
          const f = judgeSum(ctx, {
            rule: "sum.total",
            table,
            total,
            parts,
            params: () => ({ label: labelOf(parent), column: columnLabel(table, role) }),
          });
          if (f) findings.push(f);
        }
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
