/** The classification catalog (政府收支分类科目): code normalisation, the bundled catalog, loaded catalogs, names. */
export type {
  Catalog,
  CatalogChange,
  CatalogEntry,
  ClassificationKind,
  CodeLevel,
  EconMapping,
  RowSource,
  UnitType,
} from "./types";
export { normaliseCode } from "./normalise-code";
export type { CodeProblem, NormalisedCode } from "./normalise-code";
export { bundledCatalog, bundledEditionYear, catalogCoverage, BUNDLED_YEAR, BUNDLED_YEARS } from "./bundled";
export type { CatalogCoverage } from "./bundled";
export { catalogFromGrid, catalogFromGrids } from "./from-grid";
export { layerCatalogs } from "./layer";
export { createCatalog } from "./memory-catalog";
export type { CatalogData } from "./memory-catalog";
export { compareName, normaliseName, sameName } from "./names";
export type { CompareOptions, NameVerdict } from "./names";
export { verifyCode, verifyName, isLeafCode, nameMismatchSeverity } from "./verify";
export type { CodeVerdict, NameCheck } from "./verify";
export { kindOfCode, levelOfCode, parentOfCode } from "./code-shape";
export { yearInFileName } from "./year-in-name";
export { catalogToGrid } from "./to-grid";
export { EXPORT_HEADERS } from "./export-columns";
