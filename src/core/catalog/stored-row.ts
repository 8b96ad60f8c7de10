import type { CatalogEntry } from "./types";

/** The fields a later edition may change on a row (a rename, a move, a grade raised by a printing, a second name). */
type Changeable = "name" | "parent" | "source" | "formerNames" | "otherNames";

/** What one later edition does to a row: the fields it replaces, and the evidence it adds (after "; "). */
export interface RowUpdate extends Partial<Pick<CatalogEntry, Changeable>> {
  readonly year: number;
  readonly evidence: string;
}

/**
 * A bundled catalog row as scripts/build-catalog.js stores it: once for every edition. The row as its first edition
 * has it, the first edition without it (a removal), and what each later edition changes.
 */
export interface StoredRow extends Omit<CatalogEntry, "catalog" | "validFrom" | "validTo"> {
  /** The first edition that has the row; absent for the base edition. */
  readonly since?: number;
  /** The first edition that no longer has it. */
  readonly removedIn?: number;
  readonly updates?: readonly RowUpdate[];
}

/** The rows of one edition, each with the updates of that edition and the ones before it applied. */
export function rowsOfEdition(rows: readonly StoredRow[], edition: number): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const { since, removedIn, updates, ...row } of rows) {
    if ((since !== undefined && since > edition) || (removedIn !== undefined && removedIn <= edition)) continue;
    let entry: CatalogEntry = row;
    for (const { year, evidence, ...fields } of updates ?? []) {
      if (year <= edition) entry = { ...entry, ...fields, evidence: `${entry.evidence}; ${evidence}` };
    }
    entries.push(entry);
  }
  return entries;
}
