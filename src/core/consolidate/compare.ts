/**
 * The 部门 + 单位 consolidation (issue 10): each 部门 figure against the sum of the same figure over its units, and
 * each unit row a 部门 table lists against that unit's own workbook. Findings belong to the 部门 workbook:
 *   consolidation.sum (error; warning within the rounding bound) — only when the units given are every budget unit
 *     the 部门 says it covers, so a missing unit can never pass for a difference;
 *   consolidation.unit-row (error; warning within the bound) — whatever the set, one unit row against one workbook;
 *   consolidation.incomplete (info) — the units given are not all of them, or the 部门 does not say how many: which
 *     were given and how many it covers, so no sum goes unchecked silently.
 * Rounding: the bound of sums (judge.ts, domain.md "Rounding"): half a unit of the last printed digit of each figure.
 */
import type { Finding, FindingOf, Severity } from "../findings/finding";
import type { RuleParams } from "../findings/rule-params";
import { Dec, ZERO, formatFixed, verdictFor, wanToYuan, yuanToWan } from "../money";
import { figuresOf } from "./pack";
import { pairUnits, rowNames, type Pairing } from "./pairing";
import type { ConsolidationInput, Figure } from "./types";

type Part = Pick<Figure, "value" | "decimals" | "unit">;

function inUnit(value: Dec, from: Figure["unit"], to: Figure["unit"]): Dec {
  return from === to ? value : from === "元" ? yuanToWan(value) : wanToYuan(value);
}

function halfUnit(part: Part, to: Figure["unit"]): Dec {
  return inUnit(new Dec(5).times(new Dec(10).pow(-(part.decimals + 1))), part.unit, to);
}

/** A 部门 figure against its parts; undefined when they agree. */
function judge<R extends "consolidation.sum" | "consolidation.unit-row">(
  rule: R,
  figure: Figure,
  parts: readonly Part[],
  params: Omit<RuleParams[R], "label" | "unit">,
): FindingOf<R> | undefined {
  let sum = ZERO;
  let bound = halfUnit(figure, figure.unit);
  for (const part of parts) {
    sum = sum.plus(inUnit(new Dec(part.value), part.unit, figure.unit));
    bound = bound.plus(halfUnit(part, figure.unit));
  }
  const difference = new Dec(figure.value).minus(sum);
  const verdict = verdictFor(difference, bound);
  if (verdict === "balanced") return undefined;
  // Figures printed to another precision than the 部门's differ within the bound by how they are shown, not by
  // a tail anyone could correct: only the same precision makes a tail worth a warning.
  const samePrecision = parts.every((p) => p.unit === figure.unit && p.decimals === figure.decimals);
  if (verdict === "rounding-tail" && !samePrecision) return undefined;
  const severity: Severity = verdict === "off" ? "error" : "warning";
  return {
    rule,
    severity,
    sheet: figure.sheet,
    cell: figure.cell,
    expected: formatFixed(sum, figure.decimals),
    actual: formatFixed(new Dec(figure.value), figure.decimals),
    difference: formatFixed(difference, figure.decimals),
    bound: bound.toFixed(Math.max(figure.decimals, bound.decimalPlaces())),
    verdict,
    table: figure.table,
    refs: [],
    params: { label: figure.label, unit: figure.unit, ...params } as RuleParams[R],
  };
}

/** The unit's share of a figure key: its own figure, 0 for a code its line table does not list, else unknown. */
function partOf(
  unit: ConsolidationInput,
  figures: Readonly<Record<string, Figure>>,
  key: string,
  figure: Figure,
): Part | undefined {
  const own = figures[key];
  if (own) return own;
  const [table, code, role] = key.split("|");
  if (
    role !== undefined &&
    unit.facts.columns[table!]?.includes(role) &&
    unit.facts.zeroLengths[table!]?.includes(code!.length)
  )
    return { value: "0", decimals: figure.decimals, unit: figure.unit };
  return undefined;
}

function unitNames(units: readonly ConsolidationInput[]): string {
  return units.map((u) => u.body ?? u.workbook).join("、");
}

/** Where the 部门's notes about the set go: the sheet of its first figure (the 收支总表 as a rule). */
function anchor(department: ConsolidationInput): { sheet: string; cell: string } {
  const figures = figuresOf(department.facts);
  const first = figures["q:income.total"] ?? Object.values(figures)[0];
  return { sheet: first?.sheet ?? "", cell: first?.cell ?? "A1" };
}

function unitRowFindings({ department, units }: Pairing): Finding[] {
  const findings: Finding[] = [];
  for (const row of department.facts.unitRows) {
    const named = units.filter((u) => rowNames(row.name, u.body!));
    if (named.length !== 1) continue; // two workbooks of one unit: which one the row is cannot be told
    const unit = named[0]!;
    const totals = unit.facts.totals[row.table];
    if (!totals) continue;
    for (const [role, figure] of Object.entries(row.amounts)) {
      const part = totals[role];
      if (!part) continue;
      const finding = judge("consolidation.unit-row", figure, [part], {
        unitName: unit.body!,
        unitWorkbook: unit.workbook,
        unitCell: `${part.sheet}!${part.cell}`,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function sumFindings({ department, units }: Pairing): Finding[] {
  const findings: Finding[] = [];
  const names = unitNames(units);
  const unitFigures = units.map((unit) => figuresOf(unit.facts));
  for (const [key, figure] of Object.entries(figuresOf(department.facts))) {
    const parts: Part[] = [];
    for (const [i, unit] of units.entries()) {
      const part = partOf(unit, unitFigures[i]!, key, figure);
      if (!part) break;
      parts.push(part);
    }
    if (parts.length !== units.length) continue; // a unit without this table says nothing about the figure
    const finding = judge("consolidation.sum", figure, parts, { units: names, count: String(units.length) });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Why the sums were not compared, or undefined when the set is complete. */
function incompleteness(pairing: Pairing): { reason?: "unknown" | "fewer" | "more" | "duplicate"; covered?: number } {
  const { department, units } = pairing;
  const byText = department.facts.coverage.units;
  // Unit rows list the units a table covers; the text and the rows must agree for either to be believed.
  const byRows = new Set(department.facts.unitRows.map((r) => r.code)).size || undefined;
  if (byText !== undefined && byRows !== undefined && byText !== byRows) return { reason: "unknown" };
  const covered = byText ?? byRows;
  const names = units.map((u) => u.body!);
  if (new Set(names).size !== names.length) return { reason: "duplicate", ...(covered !== undefined && { covered }) };
  if (covered === undefined) return { reason: "unknown" };
  const reason = units.length < covered ? "fewer" : units.length > covered ? "more" : undefined;
  return { ...(reason !== undefined && { reason }), covered };
}

/**
 * The consolidation findings of a run, by the id of each 部门 workbook that has units in it. Workbooks that pair
 * with nothing get nothing.
 */
export interface Consolidated {
  readonly findings: readonly Finding[];
  /** The units the 部门 was compared with: body names, in the order given. */
  readonly units: readonly string[];
}

export function consolidate(inputs: readonly ConsolidationInput[]): Map<number, Consolidated> {
  const result = new Map<number, Consolidated>();
  for (const pairing of pairUnits(inputs)) {
    const findings = unitRowFindings(pairing);
    const { reason, covered } = incompleteness(pairing);
    if (reason === undefined) findings.push(...sumFindings(pairing));
    else {
      findings.push({
        rule: "consolidation.incomplete",
        severity: "info",
        ...anchor(pairing.department),
        refs: [],
        params: {
          reason,
          units: unitNames(pairing.units),
          given: String(pairing.units.length),
          covered: covered === undefined ? "" : String(covered),
        },
      });
    }
    result.set(pairing.department.id, { findings, units: pairing.units.map((u) => u.body!) });
  }
  return result;
}
