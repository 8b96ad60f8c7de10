import type { CellValue } from "../grid/snapshot";
import { cellAddress } from "../grid/address";
import type { Catalog, CatalogEntry, ClassificationKind, RowSource } from "./types";
import { FORMER_YEAR_MARK, LIST_SEPARATOR, YES } from "./export-columns";
import { createCatalog } from "./memory-catalog";
import { normaliseCode, type NormalisedCode } from "./normalise-code";
import { sameName } from "./names";
import { parentOfCode } from "./code-shape";
import { WHITESPACE } from "./text";
import { findLayout, type Layout } from "./grid-layout";

/**
 * Reads the catalog sheet a finance bureau hands out. Rows keep the sheet's codes and names as printed; every
 * problem (unreadable code, missing name, one code with two names, a row whose parent is not listed) is reported by
 * cell address and the row left out or kept as the problem says. The result is official: it lists every child of
 * each parent it lists, for the kinds and levels the sheet has. A sheet that `budget-check catalog --export` wrote
 * carries each row's grade, evidence and the completeness marks: those are read back as written, so the catalog is
 * the same one that was exported (official only if every row is).
 */
export function catalogFromGrid(
  values: readonly (readonly CellValue[])[],
  meta: { readonly year: number; readonly source: string },
): { catalog: Catalog; problems: string[] } {
  return catalogFromGrids([{ name: "", values }], meta);
}

/**
 * The same over several sheets of one file (functional, department and government economic classifications often
 * come as three sheets). Sheets without any code row are skipped; problems name their sheet.
 */
export function catalogFromGrids(
  sheets: readonly { readonly name: string; readonly values: readonly (readonly CellValue[])[] }[],
  meta: { readonly year: number; readonly source: string },
): { catalog: Catalog; problems: string[] } {
  const problems: string[] = [];
  const rows = new Map<string, CatalogEntry>();
  const addresses = new Map<CatalogEntry, string>();
  const marked: Branch[] = [];
  let marksGiven = false;
  for (const sheet of sheets) {
    const prefix = sheet.name === "" ? "" : `${sheet.name}!`;
    const sheetProblems: string[] = [];
    const layout = findLayout(sheet.values);
    const { rows: read, complete } = readRows(
      sheet.values,
      layout.layout,
      { source: meta.source, prefix },
      sheetProblems,
    );
    if (read.length === 0 && sheets.length > 1) continue;
    if (layout.layout.extras.childrenComplete !== undefined) marksGiven = true;
    marked.push(...complete);
    if (!layout.found)
      problems.push(`${prefix}no header row (科目编码/科目名称 or 类/款/项) found: read column A as code, B as name`);
    for (const problem of sheetProblems) problems.push(problem); // no spread: a long sheet overflows the stack
    for (const { entry, at } of read) {
      const key = `${entry.kind}:${entry.code}`;
      const earlier = rows.get(key);
      if (!earlier) {
        rows.set(key, entry);
        addresses.set(entry, at);
      } else if (!sameName(earlier.name, entry.name)) {
        problems.push(`${at}: ${entry.code} named "${entry.name}", earlier "${earlier.name}" (kept)`);
      }
    }
  }
  const entries = [...rows.values()];
  const official = entries.every((e) => e.source === "official");
  // An exported partial catalog (graded rows) lacks parents by nature; only an official list must have them all.
  if (official) checkParents(entries, (row) => addresses.get(row) ?? "", problems);
  const catalog = createCatalog({
    year: meta.year,
    source: meta.source,
    official,
    entries,
    completeBranches: marksGiven ? marked : completeBranchesOf(entries),
    mappings: [],
  });
  return { catalog, problems };
}

function readRows(
  values: readonly (readonly CellValue[])[],
  layout: Layout,
  where: { readonly source: string; readonly prefix: string },
  problems: string[],
): { rows: { entry: CatalogEntry; at: string }[]; complete: Branch[] } {
  const rows = new Map<string, { entry: CatalogEntry; at: string }>();
  const complete: Branch[] = [];
  const extra = (cells: readonly CellValue[], column: number | undefined): string => {
    const value = column === undefined ? null : (cells[column] ?? null);
    return value === null ? "" : String(value).trim();
  };
  const context: string[] = [];
  let revenueRows = 0;
  for (let r = layout.headerRow + 1; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    const codeCells = layout.codeColumns.map((c) => cells[c] ?? null);
    if (codeCells.every(isBlank)) continue;
    const at = where.prefix + cellAddress(r, layout.codeColumns[0] ?? 0);
    const read = readCode(codeCells, context);
    if (!read.ok) {
      // 收入分类 (revenue, 1xx) rows are outside the product's scope: counted once, not listed one by one.
      if (read.reason === "unknown-kind" && /^\D*1/u.test(read.detail)) revenueRows += 1;
      else problems.push(`${at}: ${read.reason} "${read.detail}"`);
      continue;
    }
    const nameCell = layout.nameColumn === undefined ? null : (cells[layout.nameColumn] ?? null);
    const name = (typeof nameCell === "string" ? nameCell.trim() : "") || read.name || "";
    if (name === "") {
      problems.push(`${at}: ${read.code} has no name`);
      continue;
    }
    const key = `${read.kind}:${read.code}`;
    const earlier = rows.get(key);
    if (earlier) {
      if (!sameName(earlier.entry.name, name))
        problems.push(`${at}: ${read.code} named "${name}", earlier "${earlier.entry.name}" (kept)`);
      continue;
    }
    const parent = parentOfCode(read.code);
    const { extras } = layout;
    const grade = extra(cells, extras.grade);
    const evidence = extra(cells, extras.evidence);
    const others = extra(cells, extras.otherNames);
    const formers = extra(cells, extras.formerNames);
    const entry: CatalogEntry = {
      code: read.code,
      name: name.replace(WHITESPACE, ""),
      kind: read.kind,
      level: read.level,
      ...(parent === undefined ? {} : { parent }),
      source: GRADES.has(grade) ? (grade as RowSource) : "official",
      evidence: evidence || `${where.source} ${at}`,
      ...(formers !== "" && { formerNames: formers.split(LIST_SEPARATOR).map(formerName) }),
      ...(others !== "" && { otherNames: others.split(LIST_SEPARATOR) }),
    };
    rows.set(key, { entry, at });
    if (extra(cells, extras.childrenComplete) === YES) complete.push({ kind: read.kind, parent: read.code });
    if (extra(cells, extras.classListComplete) === YES) complete.push({ kind: read.kind, parent: "" });
  }
  if (revenueRows > 0) problems.push(`${where.prefix}${revenueRows} revenue (收入分类, 1xx) rows skipped`);
  return { rows: [...rows.values()], complete };
}

type Branch = { kind: ClassificationKind; parent: string };
const GRADES: ReadonlySet<string> = new Set<RowSource>(["official", "seed", "observed", "partial", "compiled"]);

/** "医疗卫生与计划生育支出@2019" → that name until 2019; a name without a year keeps 0 (never in force). */
function formerName(text: string): { name: string; until: number } {
  const at = text.lastIndexOf(FORMER_YEAR_MARK);
  const until = at < 0 ? NaN : Number(text.slice(at + 1));
  return Number.isInteger(until) ? { name: text.slice(0, at), until } : { name: text, until: 0 };
}

/** Split sheets often print the 类 only on its own row: blank leading parts take the 类/款 of the rows above. */
function readCode(cells: readonly CellValue[], context: string[]): NormalisedCode {
  if (cells.length === 1) return normaliseCode(cells[0] ?? null);
  const filled = [...cells];
  const firstUsed = filled.findIndex((c) => !isBlank(c));
  for (let i = 0; i < firstUsed; i += 1) filled[i] = context[i] ?? null;
  const read = normaliseCode(filled);
  if (read.ok) {
    context.length = 0;
    context.push(read.code.slice(0, 3));
    if (read.code.length >= 5) context.push(read.code.slice(3, 5));
  }
  return read;
}

function checkParents(
  rows: readonly CatalogEntry[],
  addressOf: (row: CatalogEntry) => string,
  problems: string[],
): void {
  const codes = new Set(rows.map((r) => `${r.kind}:${r.code}`));
  for (const row of rows) {
    if (row.parent !== undefined && !codes.has(`${row.kind}:${row.parent}`)) {
      problems.push(`${addressOf(row)}: ${row.code} has no parent row ${row.parent}`);
    }
  }
}

/** The list of 类 of each kind the sheet has, and every listed code whose next level the sheet has for its kind. */
function completeBranchesOf(rows: readonly CatalogEntry[]): { kind: ClassificationKind; parent: string }[] {
  const levels = new Set(rows.map((r) => `${r.kind}:${r.level}`));
  const branches: { kind: ClassificationKind; parent: string }[] = [];
  for (const kind of new Set(rows.map((r) => r.kind))) branches.push({ kind, parent: "" });
  for (const row of rows) {
    if (row.level < 3 && levels.has(`${row.kind}:${row.level + 1}`))
      branches.push({ kind: row.kind, parent: row.code });
  }
  return branches;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
