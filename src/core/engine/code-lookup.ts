/** How a code stands in the catalog: found, absent where the catalog is sure (unknown), or absent where it cannot tell. */
import { compareName, kindOfCode, parentOfCode, type NameVerdict } from "../catalog";
import type { Catalog, CatalogEntry } from "../catalog/types";
import { classifiedRows, type ClassifiedRow } from "./classified-rows";
import type { RecognisedWorkbook } from "./recognise/types";

export type Lookup =
  | { readonly status: "found"; readonly entry: CatalogEntry }
  | { readonly status: "unknown"; readonly sure: "official" | "complete-branch" }
  | { readonly status: "unverifiable" }
  | { readonly status: "not-a-code" };

export function lookupCode(catalog: Catalog, code: string): Lookup {
  const kind = kindOfCode(code);
  if (!kind || !/^\d+$/.test(code)) return { status: "not-a-code" };
  const entry = catalog.lookup(code, kind);
  if (entry) return { status: "found", entry };
  if (catalog.official) return { status: "unknown", sure: "official" };
  const parent = parentOfCode(code) ?? "";
  return catalog.isBranchComplete(parent, kind)
    ? { status: "unknown", sure: "complete-branch" }
    : { status: "unverifiable" };
}

export interface NamedLookup {
  readonly entry: CatalogEntry;
  readonly verdict: NameVerdict;
}

/**
 * lookupCode, then compareName for a found code, remembered per code and printed name: a large table repeats a
 * few dozen code/name pairs over thousands of rows. Undefined when the code is not found. Make one per rule run.
 */
export function namedLookups(catalog: Catalog): (code: string, name: string) => NamedLookup | undefined {
  const known = new Map<string, Map<string, NamedLookup | undefined>>();
  return (code, name) => {
    let names = known.get(code);
    if (!names) known.set(code, (names = new Map<string, NamedLookup | undefined>()));
    if (names.has(name)) return names.get(name);
    const found = lookupCode(catalog, code);
    const result =
      found.status === "found" ? { entry: found.entry, verdict: compareName(found.entry, name) } : undefined;
    names.set(name, result);
    return result;
  };
}

/**
 * Visits the rows the name checks judge: a well-formed code found in the catalog, printed with a name — not a row
 * carrying a unit code, which names the unit rather than the subject (except in government-economic columns).
 * A visitor, not a list: a large table has tens of thousands of rows, and the rules keep only the few that differ.
 */
export function forEachNamedCodeRow(
  workbook: RecognisedWorkbook,
  catalog: Catalog,
  visit: (row: ClassifiedRow, found: NamedLookup) => void,
): void {
  const lookup = namedLookups(catalog);
  for (const classified of classifiedRows(workbook)) {
    const { row, code, name, government } = classified;
    if (code.malformed || name === "" || (row.unitCode !== undefined && !government)) continue;
    const found = lookup(code.code, name);
    if (found) visit(classified, found);
  }
}
