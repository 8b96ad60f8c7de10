import type { CatalogEntry } from "./types";
import { toHalfWidth, WHITESPACE } from "./text";

/**
 * The form two names are compared in: no whitespace (tables space out characters to justify them), full-width
 * ASCII folded to half-width, and every round bracket full-width, so "因 公 出 国 (境) 费用" = "因公出国（境）费用".
 */
export function normaliseName(name: string): string {
  return toHalfWidth(name).replace(WHITESPACE, "").replace(/\(/gu, "（").replace(/\)/gu, "）");
}

export type NameVerdict =
  | { readonly match: "same" }
  /** The printed name is one the code had before `until` (the year the current name took effect). */
  | { readonly match: "former"; readonly current: string; readonly until: number }
  | { readonly match: "different"; readonly expected: string };

export interface CompareOptions {
  /** Summary tables print class names without the trailing 支出 ("一般公共服务" for 一般公共服务支出): accept that. */
  readonly acceptShortForm?: boolean;
  /** The budget year being checked: a former name still in force that year (year < until) counts as the same. */
  readonly year?: number;
}

/** How a printed name relates to the catalog row of its code. */
export function compareName(entry: CatalogEntry, printed: string, options: CompareOptions = {}): NameVerdict {
  const wanted = normaliseName(printed);
  const matches = (name: string): boolean => {
    const full = normaliseName(name);
    return (
      full === wanted || (options.acceptShortForm === true && full.endsWith("支出") && full.slice(0, -2) === wanted)
    );
  };
  // A name another real document of the year prints, undecided by any official list, is not called wrong.
  if (matches(entry.name) || entry.otherNames?.some(matches) === true) return { match: "same" };
  const former = entry.formerNames?.find((f) => matches(f.name));
  if (former && options.year !== undefined && options.year < former.until) return { match: "same" };
  if (former) return { match: "former", current: entry.name, until: former.until };
  return { match: "different", expected: entry.name };
}

/** True when two names agree after normalisation. */
export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}
