/**
 * The consolidation facts in the form a batch keeps them (types.ts PackedFacts). A batch keeps them for every 部门
 * and 单位 workbook until all files are read; as objects they take about 125 KB for a Shanghai workbook, packed
 * a small fraction of that, so the run's memory stays close to flat. Unpacked one pairing at a time.
 */
import { DistinctTexts } from "../text/distinct-texts";
import type { ConsolidationFacts, Figure, FigurePlace, PackedFacts } from "./types";

const FIELD = "\t";
const LINE = "\n";
/** A line table's zero: the same as the line not being listed (compare.ts counts an unlisted code as 0). */
const ZERO = /^-?0(\.0+)?$/;

function clean(text: string): string {
  return text.replace(/[\t\n\r]/g, " ");
}

/**
 * Labels shared by the packed facts of a run: the same "2010101 行政运行 · 合计" recurs in workbook after workbook,
 * so each is kept once and a figure's line holds its number (and stays a one-byte string).
 */
export class LabelTable extends DistinctTexts {
  textOf(n: number): string {
    return this.texts[n] ?? "";
  }
}

export function packFacts(facts: ConsolidationFacts, labels: LabelTable = new LabelTable()): PackedFacts {
  const { figures, ...base } = facts;
  const places: FigurePlace[] = [];
  const index = new Map<string, number>();
  const lines: string[] = [];
  const unit = facts.level === "unit";
  for (const [key, f] of Object.entries(figures)) {
    // A unit's figures are only ever summed: where they are and what they are called is never shown.
    if (unit && key.includes("|") && ZERO.test(f.value)) continue;
    const placeKey = [f.sheet, f.table, f.unit, f.decimals].join(FIELD);
    let at = index.get(placeKey);
    if (at === undefined) {
      at = places.length;
      places.push({ sheet: f.sheet, table: f.table, unit: f.unit, decimals: f.decimals });
      index.set(placeKey, at);
    }
    lines.push([clean(key), at, f.value, f.cell, unit ? "" : labels.numberOf(f.label)].join(FIELD));
  }
  return { ...base, places, packed: lines.join(LINE), labels };
}

/** The figures of full or packed facts. */
export function figuresOf(facts: ConsolidationFacts | PackedFacts): Readonly<Record<string, Figure>> {
  if ("figures" in facts) return facts.figures;
  const figures: Record<string, Figure> = {};
  if (facts.packed === "") return figures;
  for (const line of facts.packed.split(LINE)) {
    const [key, at, value, cell, label] = line.split(FIELD);
    const place = facts.places[Number(at)]!;
    const text = label === undefined || label === "" ? "" : facts.labels.textOf(Number(label));
    figures[key!] = { ...place, value: value!, cell: cell!, label: text };
  }
  return figures;
}
