import type { Catalog, CatalogEntry, ClassificationKind, EconMapping, UnitType } from "./types";
import { kindOfCode, parentOfCode } from "./code-shape";

/** Everything a catalog is made of; bundled data, a loaded sheet and tests all build one from this. */
export interface CatalogData {
  readonly year: number;
  readonly source: string;
  readonly official: boolean;
  readonly entries: readonly CatalogEntry[];
  /** Parents whose children are all listed; "" with a kind = the list of 类 of that kind. */
  readonly completeBranches: readonly { readonly kind: ClassificationKind; readonly parent: string }[];
  readonly mappings: readonly EconMapping[];
}

/** A catalog held in memory. Two rows with one code and kind are a programmer error (builders report them first). */
export function createCatalog(data: CatalogData): Catalog {
  // One map per kind: a lookup is then one Map.get without building a key string.
  const byKind: Record<ClassificationKind, Map<string, CatalogEntry>> = {
    functional: new Map(),
    "econ-dept": new Map(),
    "econ-gov": new Map(),
  };
  const all: CatalogEntry[] = [];
  for (const row of data.entries) {
    const rows = byKind[row.kind];
    if (rows.has(row.code)) throw new Error(`catalog ${data.source}: duplicate ${row.kind} code ${row.code}`);
    const entry = { ...row, catalog: data.source };
    rows.set(row.code, entry);
    all.push(entry);
  }
  const complete = new Set(data.completeBranches.map((b) => keyOf(b.kind, b.parent)));
  const mappings = new Map(data.mappings.map((m) => [mappingKey(m.deptCode, m.unitType), m]));

  const lookup = (code: string, kind?: ClassificationKind): CatalogEntry | undefined => {
    const k = kind ?? kindOfCode(code);
    return k === undefined ? undefined : byKind[k].get(code);
  };
  const governmentMappingFor = (deptCode: string, unitType: UnitType): EconMapping | undefined =>
    mappings.get(mappingKey(deptCode, unitType));

  return {
    year: data.year,
    source: data.source,
    official: data.official,
    lookup,
    path: (code, kind) => pathOf(code, (c) => lookup(c, kind)),
    isBranchComplete: (parent, kind) => {
      const k = kind ?? kindOfCode(parent);
      return k !== undefined && complete.has(keyOf(k, parent));
    },
    governmentCodeFor: (deptCode, unitType) => {
      const mapping = governmentMappingFor(deptCode, unitType);
      return mapping && lookup(mapping.govCode, "econ-gov");
    },
    governmentMappingFor,
    entries: () => all,
  };
}

/** 类 > 款 > 项 rows from the top down to the code, skipping levels the catalog does not know. */
export function pathOf(code: string, find: (code: string) => CatalogEntry | undefined): readonly CatalogEntry[] {
  const chain: CatalogEntry[] = [];
  for (let c: string | undefined = code; c !== undefined; c = parentOfCode(c)) {
    const entry = find(c);
    if (entry) chain.unshift(entry);
  }
  return chain;
}

function keyOf(kind: ClassificationKind, code: string): string {
  return `${kind}:${code}`;
}

function mappingKey(deptCode: string, unitType: UnitType): string {
  return `${unitType}:${deptCode}`;
}
