/** Custom functions: the implementations (plain, testable) and the hook for a loaded catalog. functions.ts registers them. */
export * as impl from "./impl";
export { useLoadedCatalog, catalogFor } from "./impl/catalog-registry";
