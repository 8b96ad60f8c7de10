import type { Catalog, ClassificationKind, CodeLevel, RowSource } from "./types";
import { createCatalog } from "./memory-catalog";
import { COMPLETE_2024, ENTRIES_2024, MAPPINGS_2024 } from "./data/catalog-2024";

/** The one edition the bundled data describes. */
export const BUNDLED_YEAR = 2024;

const cache = new Map<number, Catalog>();

/**
 * The catalog that ships with the product: the 2024 edition, partial, every row with its source.
 * Asked for another year it still answers from the 2024 rows (names rarely change) but says so in `source`, and no
 * branch counts as complete, so a code it lacks is only "cannot verify".
 */
export function bundledCatalog(year: number = BUNDLED_YEAR): Catalog {
  if (!Number.isInteger(year)) throw new Error(`bundledCatalog: year must be an integer, got ${year}`);
  const cached = cache.get(year);
  if (cached) return cached;
  const sameYear = year === BUNDLED_YEAR;
  const catalog = createCatalog({
    year,
    source: sameYear ? "内置 2024（部分）" : `内置 2024（部分，用于 ${year} 年，${year} 年变化未收录）`,
    official: false,
    entries: ENTRIES_2024,
    completeBranches: sameYear ? COMPLETE_2024 : [],
    mappings: MAPPINGS_2024,
  });
  cache.set(year, catalog);
  return catalog;
}

type LevelCounts = Record<"类" | "款" | "项", number>;

/** How complete the bundled catalog is, for the README and for the product to say so. */
export interface CatalogCoverage {
  readonly year: number;
  readonly rows: number;
  readonly byKind: Readonly<Record<ClassificationKind, LevelCounts>>;
  readonly bySource: Readonly<Record<Exclude<RowSource, "official">, number>>;
  /** Parents whose children are all listed; "" = the list of 类 of the kind. */
  readonly completeBranches: readonly { readonly kind: ClassificationKind; readonly parent: string }[];
  readonly mappings: Readonly<Record<"机关" | "事业单位", number>>;
  readonly renamed: number;
}

const LEVEL_NAME: Readonly<Record<CodeLevel, keyof LevelCounts>> = { 1: "类", 2: "款", 3: "项" };

/** Counts taken from the bundled data itself. */
export function catalogCoverage(): CatalogCoverage {
  const zero = (): LevelCounts => ({ 类: 0, 款: 0, 项: 0 });
  const byKind: Record<ClassificationKind, LevelCounts> = {
    functional: zero(),
    "econ-dept": zero(),
    "econ-gov": zero(),
  };
  const bySource = { seed: 0, observed: 0, partial: 0, compiled: 0 };
  for (const entry of ENTRIES_2024) {
    byKind[entry.kind][LEVEL_NAME[entry.level]] += 1;
    if (entry.source !== "official") bySource[entry.source] += 1;
  }
  const mappings = { 机关: 0, 事业单位: 0 };
  for (const m of MAPPINGS_2024) mappings[m.unitType] += 1;
  return {
    year: BUNDLED_YEAR,
    rows: ENTRIES_2024.length,
    byKind,
    bySource,
    completeBranches: COMPLETE_2024.map(({ kind, parent }) => ({ kind, parent })),
    mappings,
    renamed: ENTRIES_2024.filter((e) => (e.formerNames?.length ?? 0) > 0).length,
  };
}
