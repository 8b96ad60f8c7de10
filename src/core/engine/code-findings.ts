/**
 * What the code rules share: which rows' codes the catalog answers one way, which summary class lines its names
 * judge one way, and the finding each of them makes there. code.unknown and code.unverifiable differ only in the
 * answer and what they do with it; a name check on a code row and on a class line differ only in the place.
 */
import type { Catalog } from "../catalog/types";
import type { FindingOf, Severity } from "../findings/finding";
import type { RuleParams } from "../findings/rule-params";
import { classLines, judgeClassName, type ClassLine, type ClassNameVerdict } from "./class-lines";
import { classifiedRows, type ClassifiedRow } from "./classified-rows";
import { codeLookups, type Lookup } from "./code-lookup";
import type { RecognisedWorkbook } from "./recognise/types";

/** The rows with a well-formed code the catalog answers with `status`, and the answer. */
export function rowsWhereCode<S extends Lookup["status"]>(
  workbook: RecognisedWorkbook,
  catalog: Catalog,
  status: S,
): { readonly row: ClassifiedRow; readonly found: Extract<Lookup, { status: S }> }[] {
  const rows = classifiedRows(workbook);
  // Each distinct code is looked up once per check (codeLookups); the rows are passed over by index.
  const lookups = codeLookups(workbook, catalog);
  const out: { row: ClassifiedRow; found: Extract<Lookup, { status: S }> }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const c = rows.codeIndex[i]!;
    if (c < 0) continue;
    const found = lookups[c]!;
    if (found.status === status) out.push({ row: rows.at(i), found: found as Extract<Lookup, { status: S }> });
  }
  return out;
}

/** A code the catalog does not list, on its cell: what it is and which catalog was asked. */
export function absentCodeFinding<R extends "code.unknown" | "code.unverifiable">(
  rule: R,
  severity: Severity,
  { table, code }: ClassifiedRow,
  catalog: Catalog,
): FindingOf<R> {
  const params: RuleParams["code.unknown" | "code.unverifiable"] = { code: code.code, catalog: catalog.source };
  return { rule, severity, sheet: table.sheet, cell: code.cell, table: table.kind, refs: [], params };
}

/** The summaries' class lines whose printed name the catalog judges `match`, with the verdict. */
export function classLinesWhereName<M extends ClassNameVerdict["match"]>(
  workbook: RecognisedWorkbook,
  catalog: Catalog,
  match: M,
): { readonly line: ClassLine; readonly verdict: Extract<ClassNameVerdict, { match: M }> }[] {
  const lines: { line: ClassLine; verdict: Extract<ClassNameVerdict, { match: M }> }[] = [];
  for (const line of classLines(workbook)) {
    const verdict = judgeClassName(catalog, line);
    if (verdict?.match === match) lines.push({ line, verdict: verdict as Extract<ClassNameVerdict, { match: M }> });
  }
  return lines;
}

/** Where a name finding stands: the printed name's cell (the code's when the name shares it), on its table. */
export interface NamePlace {
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
}

export function codeRowPlace({ table, code, nameCell }: ClassifiedRow): NamePlace {
  return { sheet: table.sheet, cell: nameCell ?? code.cell, table: table.kind };
}

export function classLinePlace(line: ClassLine): NamePlace {
  return { sheet: line.table.sheet, cell: line.row.labelCell ?? "A1", table: line.table.kind };
}

/** A name that is not the one expected, at its place: both names as the figures, the rule's own parameters. */
export function nameFinding<R extends "code.name-mismatch" | "code.obsolete-name">(
  rule: R,
  severity: Severity,
  at: NamePlace,
  names: { readonly expected: string; readonly actual: string },
  params: RuleParams[R],
): FindingOf<R> {
  const { sheet, cell, table } = at;
  return { rule, severity, sheet, cell, expected: names.expected, actual: names.actual, table, refs: [], params };
}
