/**
 * Check 2: across every row, 合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费 (or their four sub-columns);
 * 人员经费 = 工资福利 + 对个人和家庭的补助; 公用经费 = 商品和服务 + 资本性; 项目支出 = 其他运转类 + 特定目标类;
 * 合计 = Σ funding sources; without a 基本支出 column, 合计 = 人员经费 + 公用经费 (+ 项目支出).
 */
import type { FindingOf } from "../../findings/finding";
import { sumUnits } from "../../money";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { RoleAmounts, unitsIn } from "../role-amounts";
import type { RuleContext, RuleOf } from "../rule";
import type { Amount, AmountRole, RecognisedTable, Row } from "../recognise/types";

interface Relation {
  readonly total: AmountRole;
  readonly parts: readonly AmountRole[];
  /** Applies only when none of these columns exist (a finer relation covers the row otherwise). */
  readonly unless?: readonly AmountRole[];
}

const SOURCES: readonly AmountRole[] = [
  "general",
  "gov-fund",
  "state-capital",
  "special-account",
  "business",
  "operating",
  "superior",
  "subsidiary",
  "other-income",
  "carryover",
  "unit-funds",
];

const RELATIONS: readonly Relation[] = [
  { total: "total", parts: ["basic", "project"] },
  { total: "basic", parts: ["personnel", "public"] },
  { total: "basic", parts: ["wages", "family", "goods", "capital"], unless: ["personnel", "public"] },
  { total: "personnel", parts: ["wages", "family"] },
  { total: "public", parts: ["goods", "capital"] },
  { total: "project", parts: ["project-operating", "project-specific"] },
  { total: "total", parts: ["personnel", "public"], unless: ["basic", "project"] },
  // Shanghai 单位 收支总表: 合计 | 基本支出 (人员经费, 公用经费) | 项目支出, with no 基本支出 小计 column.
  { total: "total", parts: ["personnel", "public", "project"], unless: ["basic"] },
];

const NONE: readonly AmountRole[] = [];

function sourcesOf(table: RecognisedTable, row: Row): readonly AmountRole[] {
  // A 项目绩效目标表's 年度资金总额 = Σ sources is performance.sum's.
  if (table.kind === "sangong" || table.kind === "performance-project" || countOf(row, SOURCES) < 2) return NONE;
  return SOURCES.filter((s) => row.amounts.has(s));
}

/** How many of these columns the row has (a loop, not a closure: this runs for every row of every table). */
function countOf(row: Row, roles: readonly AmountRole[]): number {
  let count = 0;
  for (let i = 0; i < roles.length; i++) if (row.amounts.has(roles[i]!)) count++;
  return count;
}

/** True when every part is present with integer units and they add up to the total's units exactly. */
function balancedRow(row: Row, totalRole: AmountRole, roles: readonly AmountRole[]): boolean {
  const totalUnits = unitsIn(row.amounts, totalRole);
  return totalUnits !== undefined && sumUnits(roles, (role) => unitsIn(row.amounts, role)) === totalUnits;
}

/** The row's amounts in these columns, or undefined when one is missing. */
function amountsIn(row: Row, roles: readonly AmountRole[]): Amount[] | undefined {
  const amounts: Amount[] = [];
  for (const role of roles) {
    const amount = row.amounts.get(role);
    if (amount === undefined) return undefined;
    amounts.push(amount);
  }
  return amounts;
}

/** The relation judged on one row. Apart from the loop, so the message closure's variables are only kept here. */
function judgeRelation(
  ctx: RuleContext,
  table: RecognisedTable,
  row: Row,
  relation: Relation,
): FindingOf<"sum.row"> | undefined {
  const total = row.amounts.get(relation.total)!;
  const parts = amountsIn(row, relation.parts);
  if (!parts) return undefined;
  return judgeSum(ctx, {
    rule: "sum.row",
    table,
    total,
    parts,
    params: () => ({
      label: row.code?.code ? `${row.code.code} ${row.label}` : row.label,
      column: columnLabel(table, relation.total, row.side),
      columnRole: relation.total,
      partsLabel: relation.parts.map((p) => columnLabel(table, p, row.side)).join(" + "),
      partRoles: relation.parts.join(" + "),
    }),
  });
}

/** The relations that apply to a row: their columns are there (a finer relation covers the row otherwise). */
function relationsOf(table: RecognisedTable, row: Row): readonly Relation[] {
  const sources = sourcesOf(table, row);
  const relations =
    sources.length >= 2 && !row.amounts.has("basic")
      ? [...RELATIONS, { total: "total" as const, parts: sources }]
      : RELATIONS;
  return relations.filter(
    (relation) =>
      row.amounts.has(relation.total) &&
      !(relation.unless && countOf(row, relation.unless) > 0) &&
      countOf(row, relation.parts) === relation.parts.length,
  );
}

/** A relation with its columns' places in a row layout (RoleAmounts.layout). */
interface Placed {
  readonly relation: Relation;
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * balancedRow read by place: the row's layout is the one the places were worked out for. sumUnits written out, no
 * closure: this runs for every relation of every row.
 */
function balancedAt(amounts: RoleAmounts, placed: Placed): boolean {
  const totalUnits = amounts.unitsAt(placed.total);
  if (totalUnits === undefined) return false;
  const parts = placed.parts;
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const units = amounts.unitsAt(parts[i]!);
    if (units === undefined) return false;
    sum += units;
    if (!Number.isSafeInteger(sum)) return false;
  }
  return sum === totalUnits;
}

export const sumRow: RuleOf<"sum.row"> = {
  id: "sum.row",
  check(ctx) {
    const findings: FindingOf<"sum.row">[] = [];
    for (const table of ctx.workbook.tables) {
      // Rows of one layout (every row of a line table, as a rule) share their relations: worked out once.
      const byLayout = new Map<readonly AmountRole[], readonly Placed[]>();
      for (let r = 0; r < table.rows.length; r++) {
        const row = table.rows[r]!;
        const amounts = row.amounts;
        if (amounts instanceof RoleAmounts) {
          let placed = byLayout.get(amounts.layout);
          if (placed === undefined) {
            const layout = amounts.layout;
            placed = relationsOf(table, row).map((relation) => ({
              relation,
              total: layout.indexOf(relation.total),
              parts: relation.parts.map((p) => layout.indexOf(p)),
            }));
            byLayout.set(layout, placed);
          }
          for (let k = 0; k < placed.length; k++) {
            // Balanced rows are settled on the units alone: no amount objects are made for them.
            if (balancedAt(amounts, placed[k]!)) continue;
            const f = judgeRelation(ctx, table, row, placed[k]!.relation);
            if (f) findings.push(f);
          }
          continue;
        }
        for (const relation of relationsOf(table, row)) {
          if (balancedRow(row, relation.total, relation.parts)) continue;
          const f = judgeRelation(ctx, table, row, relation);
          if (f) findings.push(f);
        }
      }
    }
    return findings;
  },
};
