/** Ties a claim's naming to the quantities the tables state (the engine's quantity map). */
import { Dec, wanToYuan, yuanToWan } from "../../money";
import type { Quantity, QuantityKey, QuantityMap } from "../quantities";
import type { RecognisedWorkbook } from "../recognise/types";
import { resolveLine } from "./line-rows";
import type { Naming, NarrativeUnit } from "./types";

export interface Tie {
  readonly key: QuantityKey;
  readonly quantity: Quantity;
  /** Other keys of the same group the workbook also has (listed in refs when they agree). */
  readonly alike: readonly Quantity[];
  /**
   * A 项 row several tables list (支出总表, 一般公共预算支出表 …): the figure may be any one of them (all funds, or the
   * 财政拨款 part), so agreeing with one is enough. `quantity` is the preferred one, reported when none agrees.
   */
  readonly alternatives?: readonly Quantity[];
}

/**
 * One tie per group the workbook has a quantity for (first key present). A class line `within` a fund whose table
 * lacks it ties to that fund's total cell with value 0.
 */
export function tieNaming(naming: Naming, quantities: QuantityMap, workbook?: RecognisedWorkbook): Tie[] {
  if (naming.line) {
    const resolved = workbook ? resolveLine(naming.line, workbook) : undefined;
    if (!resolved?.ok) return [];
    const [first, ...rest] = resolved.rows;
    const key = `line.${first!.code}` as QuantityKey;
    return [{ key, quantity: first!.quantity, alike: [], alternatives: rest.map((r) => r.quantity) }];
  }
  const lacking =
    naming.within !== undefined && naming.classCode !== undefined
      ? lackingLine(naming.within, naming.classCode, quantities)
      : undefined;
  if (lacking) return [lacking];
  const ties: Tie[] = [];
  for (const group of naming.notCompared ? sameScope(naming.groups) : naming.groups) {
    const present = group.filter((key) => quantities.has(key));
    const key = present[0];
    if (key === undefined) continue;
    const quantity = quantities.get(key)!;
    const alike = present
      .slice(1)
      .map((k) => quantities.get(k)!)
      .filter((q) => q.value.equals(quantity.value) && q.unit === quantity.unit);
    ties.push({ key, quantity, alike });
  }
  return ties;
}

/** Quantities that are themselves about part of the units: a figure with scope words may still be compared with them. */
const PART_SCOPE_KEYS: ReadonlySet<QuantityKey> = new Set<QuantityKey>(["sangong.office-running"]);

/** The groups reduced to the keys of the same (partial) scope; a group without one is dropped. */
function sameScope(groups: Naming["groups"]): Naming["groups"] {
  return groups.map((g) => g.filter((k) => PART_SCOPE_KEYS.has(k))).filter((g) => g.length > 0);
}

/** A value in the unit a sentence uses. */
export function inUnit(quantity: Quantity, unit: NarrativeUnit): Dec {
  if (quantity.unit === unit) return quantity.value;
  return quantity.unit === "元" ? yuanToWan(quantity.value) : wanToYuan(quantity.value);
}

/** Decimals of a quantity expressed in the sentence's unit (元 with 0 places = 万元 with 4). */
export function decimalsIn(quantity: Quantity, unit: NarrativeUnit): number {
  if (quantity.unit === unit) return quantity.decimals;
  return quantity.unit === "元" ? quantity.decimals + 4 : quantity.decimals - 4;
}

function lackingLine(prefix: string, classCode: string, quantities: QuantityMap): Tie | undefined {
  const key = `${prefix}${classCode}` as QuantityKey;
  if (quantities.has(key)) return undefined;
  const sibling = [...quantities.entries()].find(([k]) => k.startsWith(prefix));
  if (!sibling) return undefined; // that fund's table is not in the workbook: nothing says the line is missing
  // The line is absent from that table: it says 0, at its total cell ("general.class." → "general.total").
  const at = quantities.get(`${prefix.replace(/class\.$/, "")}total` as QuantityKey) ?? sibling[1];
  const quantity: Quantity = {
    value: new Dec(0),
    decimals: at.decimals,
    sheet: at.sheet,
    cell: at.cell,
    unit: at.unit,
    table: at.table,
  };
  return { key, quantity, alike: [] };
}
