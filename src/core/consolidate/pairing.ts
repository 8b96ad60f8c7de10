/**
 * Which 单位 workbooks of a run belong to which 部门 workbook. A 单位 pairs with a 部门 of the same budget year when,
 * in order of trust (the first rule that finds a 部门 decides):
 *   1. its body name is the 部门's own name (the 本部: 编制单位 = 编制部门, as in the Shanghai disclosures);
 *   2. a unit row of the 部门's tables names it (101001 某某中心; "某某本级" also names 某某);
 *   3. the 部门's 机构设置 text names it in full, in the sentence saying what the 部门 covers or the list under it.
 * A workbook whose name or year cannot be read pairs with nothing. Names are compared without spaces and brackets.
 */
import type { ConsolidationInput } from "./types";

export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

export function normalName(name: string): string {
  return name.replace(/[\s()（）【】[\]“”"]/g, "");
}

/** A unit row's name against a unit's: "某某本级" / "某某本部" / "某某机关" stand for 某某. */
export function rowNames(rowName: string, unit: string): boolean {
  const row = normalName(rowName);
  const name = normalName(unit);
  return row === name || row.replace(/(本级|本部|机关)$/, "") === name;
}

/** Names shorter than this are too common to find in a text ("办公室"). */
const MIN_MENTIONED = 6;

export interface Pairing {
  readonly department: ConsolidationInput;
  /** Its units in the order given. */
  readonly units: readonly ConsolidationInput[];
}

export function pairUnits(inputs: readonly ConsolidationInput[]): Pairing[] {
  const departments = inputs.filter((i) => i.facts.level === "department" && i.body && i.facts.year !== null);
  const units = new Map<ConsolidationInput, ConsolidationInput[]>(departments.map((d) => [d, []]));
  for (const unit of inputs) {
    if (unit.facts.level !== "unit" || !unit.body || unit.facts.year === null) continue;
    const body = unit.body;
    const sameYear = departments.filter((d) => d.facts.year === unit.facts.year);
    const rules: ((d: ConsolidationInput) => boolean)[] = [
      (d) => sameName(d.body!, body),
      (d) => d.facts.unitRows.some((row) => rowNames(row.name, body)),
      (d) => normalName(body).length >= MIN_MENTIONED && (d.facts.coverage.names ?? "").includes(normalName(body)),
    ];
    for (const rule of rules) {
      const found = sameYear.filter(rule);
      if (found.length === 0) continue;
      for (const department of found) units.get(department)!.push(unit);
      break;
    }
  }
  return departments.filter((d) => units.get(d)!.length > 0).map((d) => ({ department: d, units: units.get(d)! }));
}
