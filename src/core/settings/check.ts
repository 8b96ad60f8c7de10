/**
 * Runs the engine under settings: the profile and the tolerance go to the engine; rules turned off are dropped and
 * re-graded ones take their new severity after it. A tolerance that differs between 元 and 万元 needs one engine run
 * per tolerance (the engine takes one tolerance, in the unit of the cell judged): each finding is then taken from
 * the run whose tolerance matches the unit of its sheet's table.
 */
import { checkWorkbook } from "../engine/check-workbook";
import type { TableKind } from "../engine/recognise/kinds";
import { sortFindings } from "../engine/sort-findings";
import type { CheckOptions, CheckResult } from "../engine/types";
import type { Finding } from "../findings/finding";
import type { WorkbookSnapshot } from "../grid/snapshot";
import type { AmountUnit, Settings } from "./types";

/** Drops the rules turned off and re-grades the others as the settings say. */
export function applyRuleSettings(findings: readonly Finding[], settings: Settings): Finding[] {
  const rules = settings.rules;
  if (rules === undefined) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = rules[finding.rule];
    if (setting === "off") continue;
    out.push(setting === undefined || setting === finding.severity ? finding : { ...finding, severity: setting });
  }
  return out;
}

export function checkWithSettings(
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
  settings: Settings | undefined,
): CheckResult {
  if (settings === undefined) return checkWorkbook(snapshot, options);
  const base: CheckOptions = { ...options, ...(settings.profile !== undefined && { profile: settings.profile }) };
  const tolerances = settings.tolerance ?? {};
  const units = Object.keys(tolerances) as AmountUnit[];
  const distinct = new Set(units.map((u) => tolerances[u]));
  let result: CheckResult;
  if (distinct.size <= 1) {
    const only = units.length > 0 ? tolerances[units[0]!] : undefined;
    result = checkWorkbook(snapshot, { ...base, ...(only !== undefined && { tolerance: only }) });
    // One tolerance given for one unit only: it must not apply to tables in the other unit.
    if (units.length === 1) result = pickByUnit(snapshot, base, result, units[0]!, undefined);
  } else {
    result = checkWorkbook(snapshot, { ...base, tolerance: tolerances["元"]! });
    result = pickByUnit(snapshot, base, result, "元", tolerances["万元"]);
  }
  return { ...result, findings: applyRuleSettings(result.findings, settings) };
}

/**
 * Keeps the findings of `result` (run with the tolerance for `unit`) on sheets in that unit, and takes those of
 * the other sheets from a run with `otherTolerance` (none: no tolerance). The order stays the engine's.
 */
function pickByUnit(
  snapshot: WorkbookSnapshot,
  base: CheckOptions,
  result: CheckResult,
  unit: AmountUnit,
  otherTolerance: string | undefined,
): CheckResult {
  const sheetUnit = new Map(result.tables.map((t) => [t.sheet, t.unit]));
  if (![...sheetUnit.values()].some((u) => u !== unit)) return result;
  const other = checkWorkbook(snapshot, {
    ...base,
    ...(otherTolerance !== undefined && { tolerance: otherTolerance }),
  });
  const inUnit = (f: Finding) => (sheetUnit.get(f.sheet) ?? unit) === unit;
  const kinds = new Map(result.tables.map((t) => [t.sheet, t.kind as TableKind]));
  const findings = sortFindings(
    [...result.findings.filter(inUnit), ...other.findings.filter((f) => !inUnit(f))],
    kinds,
  );
  return { ...result, findings };
}
