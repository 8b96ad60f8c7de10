/** How a code stands in the catalog: found, absent where the catalog is sure (unknown), or absent where it cannot tell. */
import { kindOfCode, parentOfCode } from "../catalog";
import type { Catalog, CatalogEntry } from "../catalog/types";

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
