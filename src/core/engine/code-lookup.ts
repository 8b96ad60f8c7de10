/** How a code stands in the catalog: found, absent where the catalog is sure (unknown), or absent where it cannot tell. */
import { compareName, kindOfCode, parentOfCode, type NameVerdict } from "../catalog";
import type { Catalog, CatalogEntry } from "../catalog/types";
import { classifiedRows, GOVERNMENT, UNIT_CODE, type ClassifiedRow, type ClassifiedRows } from "./classified-rows";
import { oncePer } from "./once-per";
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

/** lookupCode for each distinct well-formed code of the workbook (ClassifiedRows.codes), by its index. */
export function codeLookups(workbook: RecognisedWorkbook, catalog: Catalog): readonly Lookup[] {
  return perRun(lookedUp, workbook, catalog, (rows) => rows.codes.map((code) => lookupCode(catalog, code)));
}

/** Per classified row, the index of its named lookup in `found`; -1 for a row the name checks do not judge. */
interface NamedFacts {
  readonly index: Int32Array;
  readonly found: readonly NamedLookup[];
}

/**
 * The name checks' rows: a well-formed code found in the catalog, printed with a name — not a row carrying a unit
 * code, which names the unit rather than the subject (except in government-economic columns). compareName is made
 * once per distinct code and printed name: a large table repeats a few dozen pairs over thousands of rows.
 */
function namedFacts(workbook: RecognisedWorkbook, catalog: Catalog): NamedFacts {
  return perRun(named, workbook, catalog, (rows) => {
    const lookups = codeLookups(workbook, catalog);
    const index = new Int32Array(rows.length).fill(-1);
    const found: NamedLookup[] = [];
    const byCode: (Map<string, number> | undefined)[] = [];
    for (let i = 0; i < rows.length; i++) {
      const c = rows.codeIndex[i]!;
      const lookup = c < 0 ? undefined : lookups[c]!;
      if (lookup?.status !== "found") continue;
      const name = rows.name(i);
      if (name === "" || (rows.flags[i]! & (UNIT_CODE | GOVERNMENT)) === UNIT_CODE) continue;
      const names = (byCode[c] ??= new Map<string, number>());
      let n = names.get(name);
      if (n === undefined) {
        n = found.length;
        found.push({ entry: lookup.entry, verdict: compareName(lookup.entry, name) });
        names.set(name, n);
      }
      index[i] = n;
    }
    return { index, found };
  });
}

/** Visits the rows the name checks judge (see namedFacts) whose name the catalog judges `match`, in row order. */
export function forEachNamedCodeRow(
  workbook: RecognisedWorkbook,
  catalog: Catalog,
  match: NameVerdict["match"],
  visit: (row: ClassifiedRow, found: NamedLookup) => void,
): void {
  const rows = classifiedRows(workbook);
  const { index, found } = namedFacts(workbook, catalog);
  // Which judged pairs match, settled once: the rows are then passed over by index.
  // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
  const wanted = Array.from(found, (f) => f.verdict.match === match);
  for (let i = 0; i < index.length; i++) {
    const n = index[i]!;
    if (n >= 0 && wanted[n]!) visit(rows.at(i), found[n]!);
  }
}

/** Per check (its classified rows), results by catalog. */
const lookedUp = oncePer((_rows: ClassifiedRows) => new Map<Catalog, readonly Lookup[]>());
const named = oncePer((_rows: ClassifiedRows) => new Map<Catalog, NamedFacts>());

/** A result worked out once per check (the workbook's classified rows) and catalog, shared by the code rules. */
function perRun<T>(
  memo: (rows: ClassifiedRows) => Map<Catalog, T>,
  workbook: RecognisedWorkbook,
  catalog: Catalog,
  make: (rows: ClassifiedRows) => T,
): T {
  const rows = classifiedRows(workbook);
  const byCatalog = memo(rows);
  let result = byCatalog.get(catalog);
  if (result === undefined) byCatalog.set(catalog, (result = make(rows)));
  return result;
}
