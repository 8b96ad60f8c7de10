/**
 * A rule context for the narrative rules: a workbook whose only sheet is a 情况说明 (one paragraph per row in
 * column A, under a title row), and a hand-made quantity map — so each rule is tested without the table engine.
 */
import { bundledCatalog } from "../../src/core/catalog";
import type { Quantity, QuantityKey } from "../../src/core/engine/quantities";
import { recogniseWorkbook } from "../../src/core/engine/recognise/recognise-workbook";
import type { RuleContext } from "../../src/core/engine/rule";
import { Dec } from "../../src/core/money";

export const NARRATIVE_SHEET = "情况说明";

/** [value, sheet, cell] or a full quantity; the unit is 万元 with 2 decimals unless given. */
export type QuantitySpec = readonly [string, string, string] | Quantity;

export function narrativeContext(
  paragraphs: readonly string[],
  quantities: Readonly<Partial<Record<QuantityKey, QuantitySpec>>> = {},
  tolerance?: string,
): RuleContext {
  const snapshot = {
    name: "test.xlsx",
    sheets: [{ name: NARRATIVE_SHEET, values: [["2024年部门预算情况说明"], ...paragraphs.map((p) => [p])] }],
  };
  const map = new Map<QuantityKey, Quantity>();
  for (const [key, spec] of Object.entries(quantities) as [QuantityKey, QuantitySpec][]) {
    map.set(key, Array.isArray(spec) ? quantity(spec[0], spec[1], spec[2]) : (spec as Quantity));
  }
  return {
    workbook: recogniseWorkbook(snapshot),
    quantities: map,
    options: {},
    catalog: bundledCatalog(2024),
    tolerance: tolerance === undefined ? undefined : new Dec(tolerance),
    year: 2024,
  };
}

export function quantity(
  value: string,
  sheet: string,
  cell: string,
  unit: "万元" | "元" = "万元",
  decimals = 2,
): Quantity {
  return { value: new Dec(value), decimals, sheet, cell, unit, table: "test" };
}
