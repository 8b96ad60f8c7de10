import type { Catalog, CatalogEntry, ClassificationKind, RowSource } from "./types";
import { compareName, type CompareOptions, type NameVerdict } from "./names";
import { kindOfCode, parentOfCode } from "./code-shape";

/**
 * How sure the catalog is about a code, graded as domain.md "Classification findings" says:
 * absent from an official (loaded) catalog → error; absent under a branch the bundled catalog marks complete →
 * warning; absent elsewhere → info ("cannot verify"). The rule that reports it picks its own rule id.
 */
export type CodeVerdict =
  | { readonly status: "known"; readonly entry: CatalogEntry }
  | {
      readonly status: "absent";
      readonly severity: "error" | "warning" | "info";
      /** The nearest listed ancestor ("" = the list of 类) and whether its children are all listed. */
      readonly branch: string;
      readonly branchComplete: boolean;
      readonly catalog: string;
    };

export function verifyCode(catalog: Catalog, code: string, kind?: ClassificationKind): CodeVerdict {
  const k = kind ?? kindOfCode(code);
  const entry = k === undefined ? undefined : catalog.lookup(code, k);
  if (entry) return { status: "known", entry };
  const parent = parentOfCode(code) ?? "";
  const branchComplete = k !== undefined && catalog.isBranchComplete(parent, k);
  // Under an unknown 款 the 项 list cannot be complete; the 款 itself is then what the complete 类 list judges.
  const ancestorComplete =
    k !== undefined && parent !== "" && !catalog.lookup(parent, k) && completeAbove(catalog, parent, k);
  const severity = catalog.official ? "error" : branchComplete || ancestorComplete ? "warning" : "info";
  return { status: "absent", severity, branch: parent, branchComplete, catalog: catalog.source };
}

function completeAbove(catalog: Catalog, code: string, kind: ClassificationKind): boolean {
  const parent = parentOfCode(code) ?? "";
  if (catalog.isBranchComplete(parent, kind)) return true;
  return parent !== "" && !catalog.lookup(parent, kind) && completeAbove(catalog, parent, kind);
}

/**
 * A printed name against the catalog row: a difference is an error against an official, seed, observed or partial
 * row and a warning against a compiled one; an obsolete name is reported with the year it changed.
 */
export type NameCheck = NameVerdict & { readonly severity?: "error" | "warning"; readonly entry: CatalogEntry };

export function verifyName(entry: CatalogEntry, printed: string, options: CompareOptions = {}): NameCheck {
  const verdict = compareName(entry, printed, options);
  if (verdict.match === "same") return { ...verdict, entry };
  if (verdict.match === "former") return { ...verdict, severity: "warning", entry };
  return { ...verdict, severity: nameMismatchSeverity(entry.source), entry };
}

/**
 * How sure a name difference is: an error against a row from an official list (a loaded catalog, the seed, the
 * partial MoF tables); only a warning against a row known from real disclosures alone (observed: a publisher may
 * have slipped) or compiled by the team without checking.
 */
export function nameMismatchSeverity(source: RowSource): "error" | "warning" {
  return source === "compiled" || source === "observed" ? "warning" : "error";
}

/**
 * Whether a code may carry amounts in detail rows: 项 (functional) and 款 (economic) always; a 类 or 款 the catalog
 * lists children for never; otherwise undefined (the catalog cannot tell).
 */
export function isLeafCode(catalog: Catalog, code: string, kind?: ClassificationKind): boolean | undefined {
  const k = kind ?? kindOfCode(code);
  if (k === undefined) return undefined;
  if (code.length === (k === "functional" ? 7 : 5)) return true;
  if (parentsOf(catalog).has(`${k}:${code}`)) return false;
  return catalog.isBranchComplete(code, k) ? true : undefined;
}

const parentsCache = new WeakMap<Catalog, ReadonlySet<string>>();

/** "kind:code" of every code some row names as its parent, built once per catalog. */
function parentsOf(catalog: Catalog): ReadonlySet<string> {
  let parents = parentsCache.get(catalog);
  if (!parents) {
    parents = new Set(
      (catalog.entries?.() ?? []).flatMap((e) => (e.parent === undefined ? [] : [`${e.kind}:${e.parent}`])),
    );
    parentsCache.set(catalog, parents);
  }
  return parents;
}
