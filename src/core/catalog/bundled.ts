import type { Catalog, CatalogChange, CatalogEntry, ClassificationKind, CodeLevel, RowSource } from "./types";
import { createCatalog } from "./memory-catalog";
import { CHANGES, COMPLETE_BASE, EDITION_YEARS, MAPPINGS, ROWS } from "./data/catalog";
import { rowsOfEdition } from "./stored-row";

/** Every bundled edition, oldest first: the base plus one per later year (data/classification). */
export const BUNDLED_YEARS: readonly number[] = EDITION_YEARS;

/** The base edition: the one the team compiled, every later edition is built on it. */
export const BUNDLED_YEAR: number = EDITION_YEARS[0]!;

interface Edition {
  readonly year: number;
  readonly entries: readonly CatalogEntry[];
  readonly changes: readonly CatalogChange[];
}

/** Each edition's rows and change list, taken from the stored rows once. */
const EDITIONS: readonly Edition[] = EDITION_YEARS.map((year) => ({
  year,
  entries: rowsOfEdition(ROWS, year),
  changes: CHANGES.filter((c) => c.year === year),
}));

/** The edition that answers for a budget year: that year's, else the latest before it, else the base. */
export function bundledEditionYear(year: number): number {
  let answer = BUNDLED_YEAR;
  for (const edition of BUNDLED_YEARS) if (edition <= year) answer = edition;
  return answer;
}

function editionOf(year: number): Edition {
  return EDITIONS.find((e) => e.year === year) ?? EDITIONS[0]!;
}

/** What the report says about the catalog: the edition, and in words when it stands in for another year. */
function sourceText(year: number, edition: Edition): string {
  if (year === edition.year) {
    return edition.year === BUNDLED_YEAR || edition.changes.length > 0
      ? `内置 ${edition.year}（部分）`
      : `内置 ${edition.year}（部分，${edition.year} 年变化未收录）`;
  }
  return year > edition.year
    ? `内置 ${edition.year}（部分，用于 ${year} 年，${year} 年变化未收录）`
    : `内置 ${edition.year}（部分，用于 ${year} 年）`;
}

const cache = new Map<number, Catalog>();

/**
 * The catalog that ships with the product for a budget year: the 2024 edition, and each later edition as the one
 * before plus its change list and the pairs that year's real disclosures print; every row with its source. For a
 * year without its own edition the nearest earlier one answers (the base for earlier years); `source` says so, and
 * no branch counts as complete, so a code it lacks is only "cannot verify". Only the base year marks complete
 * branches: no source lists a whole branch for the later years.
 */
export function bundledCatalog(year: number = BUNDLED_YEAR): Catalog {
  if (!Number.isInteger(year)) throw new Error(`bundledCatalog: year must be an integer, got ${year}`);
  const cached = cache.get(year);
  if (cached) return cached;
  const edition = editionOf(bundledEditionYear(year));
  const catalog: Catalog = {
    ...createCatalog({
      year,
      source: sourceText(year, edition),
      official: false,
      entries: edition.entries,
      completeBranches: year === BUNDLED_YEAR ? COMPLETE_BASE : [],
      mappings: MAPPINGS,
    }),
    edition: edition.year,
    changes: year === edition.year ? edition.changes : [],
  };
  cache.set(year, catalog);
  return catalog;
}

type LevelCounts = Record<"类" | "款" | "项", number>;

/** How complete a bundled edition is, for the README, `budget-check catalog --coverage` and the product. */
export interface CatalogCoverage {
  readonly year: number;
  readonly rows: number;
  readonly byKind: Readonly<Record<ClassificationKind, LevelCounts>>;
  readonly bySource: Readonly<Record<Exclude<RowSource, "official">, number>>;
  /** Rows per kind, level and grade. */
  readonly byGrade: Readonly<Record<ClassificationKind, Record<keyof LevelCounts, Partial<Record<RowSource, number>>>>>;
  /** Parents whose children are all listed; "" = the list of 类 of the kind. */
  readonly completeBranches: readonly { readonly kind: ClassificationKind; readonly parent: string }[];
  readonly mappings: Readonly<Record<"机关" | "事业单位", number>>;
  readonly renamed: number;
  /** Codes whose name real documents print differently and no official list decides. */
  readonly undecided: number;
  readonly changes: readonly CatalogChange[];
}

const LEVEL_NAME: Readonly<Record<CodeLevel, keyof LevelCounts>> = { 1: "类", 2: "款", 3: "项" };

/** Counts taken from the bundled data itself, for one edition (the base by default). */
export function catalogCoverage(year: number = BUNDLED_YEAR): CatalogCoverage {
  const edition = editionOf(bundledEditionYear(year));
  const zero = (): LevelCounts => ({ 类: 0, 款: 0, 项: 0 });
  const grades = () => ({ 类: {}, 款: {}, 项: {} });
  const byKind: Record<ClassificationKind, LevelCounts> = {
    functional: zero(),
    "econ-dept": zero(),
    "econ-gov": zero(),
  };
  const byGrade: Record<ClassificationKind, Record<keyof LevelCounts, Partial<Record<RowSource, number>>>> = {
    functional: grades(),
    "econ-dept": grades(),
    "econ-gov": grades(),
  };
  const bySource = { seed: 0, observed: 0, partial: 0, compiled: 0 };
  for (const entry of edition.entries) {
    const level = LEVEL_NAME[entry.level];
    byKind[entry.kind][level] += 1;
    const cell = byGrade[entry.kind][level];
    cell[entry.source] = (cell[entry.source] ?? 0) + 1;
    if (entry.source !== "official") bySource[entry.source] += 1;
  }
  const mappings = { 机关: 0, 事业单位: 0 };
  for (const m of MAPPINGS) mappings[m.unitType] += 1;
  return {
    year: edition.year,
    rows: edition.entries.length,
    byKind,
    bySource,
    byGrade,
    completeBranches: edition.year === BUNDLED_YEAR ? COMPLETE_BASE.map(({ kind, parent }) => ({ kind, parent })) : [],
    mappings,
    renamed: edition.entries.filter((e) => (e.formerNames?.length ?? 0) > 0).length,
    undecided: edition.entries.filter((e) => (e.otherNames?.length ?? 0) > 0).length,
    changes: edition.changes,
  };
}
