/**
 * Check 2: across every row, 合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费 (or their four sub-columns);
 * 人员经费 = 工资福利 + 对个人和家庭的补助; 公用经费 = 商品和服务 + 资本性; 项目支出 = 其他运转类 + 特定目标类;
 * 合计 = Σ funding sources; without a 基本支出 column, 合计 = 人员经费 + 公用经费 (+ 项目支出).
 */
import type { FindingOf } from "../../findings/finding";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import { unitColumns } from "../unit-columns";
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

/** A relation with its columns' units (unit-columns.ts). */
interface Placed {
  readonly relation: Relation;
  readonly total: Float64Array;
  readonly parts: readonly Float64Array[];
}

/**
 * True when every part has integer units and they add up to the total's exactly (a NaN, an amount without units,
 * fails the test). Read from the table's unit columns: this runs for every relation of every row.
 */
function balancedAt(placed: Placed, i: number): boolean {
  const total = placed.total[i]!;
  const parts = placed.parts;
  let sum = 0;
  for (let k = 0; k < parts.length; k++) if (!Number.isSafeInteger((sum += parts[k]![i]!))) return false;
  return sum === total;
}

export const sumRow: RuleOf<"sum.row"> = {
  id: "sum.row",
  check(ctx) {
    const findings: FindingOf<"sum.row">[] = [];
    for (const table of ctx.workbook.tables) {
      const columns = unitColumns(table);
      // Rows of one layout (every row of a line table, as a rule) share their relations: worked out once.
      const byLayout: (readonly Placed[] | undefined)[] = [];
      for (let r = 0; r < table.rows.length; r++) {
        const id = columns.layoutId[r]!;
        let placed = byLayout[id];
        if (placed === undefined)
          // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
          byLayout[id] = placed = Array.from(relationsOf(table, table.rows[r]!), (relation) => ({
            relation,
            total: columns.units(relation.total)!,
            parts: Array.from(relation.parts, (p) => columns.units(p)!),
          }));
        for (let k = 0; k < placed.length; k++) {
          // Balanced rows are settled on the units alone: no amount objects are made for them.
          if (balancedAt(placed[k]!, r)) continue;
          const f = judgeRelation(ctx, table, table.rows[r]!, placed[k]!.relation);
          if (f) findings.push(f);
        }
      }
    }
    return findings;
  },
};
