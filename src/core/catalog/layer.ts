import type { Catalog, CatalogEntry, ClassificationKind, EconMapping, UnitType } from "./types";
import { pathOf } from "./memory-catalog";

/**
 * The loaded (official) catalog first, the bundled one behind it. Each entry keeps the source and catalog name of
 * the catalog that answered, so a check can tell an official row from a bundled one; `source` names both.
 * Pass a fallback of the same year (bundledCatalog(official.year)).
 */
export function layerCatalogs(official: Catalog, fallback: Catalog): Catalog {
  const lookup = (code: string, kind?: ClassificationKind): CatalogEntry | undefined =>
    official.lookup(code, kind) ?? fallback.lookup(code, kind);
  const governmentMappingFor = (deptCode: string, unitType: UnitType): EconMapping | undefined =>
    official.governmentMappingFor?.(deptCode, unitType) ?? fallback.governmentMappingFor?.(deptCode, unitType);
  return {
    year: official.year,
    source: `${official.source} + ${fallback.source}`,
    official: official.official,
    lookup,
    path: (code, kind) => pathOf(code, (c) => lookup(c, kind)),
    isBranchComplete: (parent, kind) =>
      official.isBranchComplete(parent, kind) || fallback.isBranchComplete(parent, kind),
    governmentCodeFor: (deptCode, unitType) => {
      const mapping = governmentMappingFor(deptCode, unitType);
      if (mapping) return lookup(mapping.govCode, "econ-gov");
      return official.governmentCodeFor(deptCode, unitType) ?? fallback.governmentCodeFor(deptCode, unitType);
    },
    governmentMappingFor,
    entries: () => {
      const first = official.entries?.() ?? [];
      const seen = new Set(first.map((e) => `${e.kind}:${e.code}`));
      return [...first, ...(fallback.entries?.() ?? []).filter((e) => !seen.has(`${e.kind}:${e.code}`))];
    },
  };
}
