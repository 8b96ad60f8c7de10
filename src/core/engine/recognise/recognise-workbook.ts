/** Recognises every sheet, then settles what needs the whole workbook: assumed units, profile, year. */
import type { SheetSnapshot, WorkbookSnapshot } from "../../grid/snapshot";
import { withClassCodes } from "./class-codes";
import { recogniseSheet, type DraftTable } from "./recognise-sheet";
import { textSectionOf, type TextSection } from "./text-sections";
import type {
  Amount,
  AmountRole,
  DetectedProfile,
  RecognisedTable,
  RecognisedWorkbook,
  Row,
  Unit,
  UnitSource,
  UnrecognisedSheet,
} from "./types";

function detectProfile(tables: readonly DraftTable[]): DetectedProfile {
  // Shanghai titles first: a Shanghai workbook may carry a 项目绩效目标表 too.
  if (tables.some((t) => /财务收支预算总表|功能分类预算表/.test(t.title))) return "shanghai";
  if (
    tables.some(
      (t) => t.kind === "performance-overall" || t.kind === "performance-project" || /部门收支预算表/.test(t.title),
    )
  )
    return "henan";
  const yuan = tables.filter((t) => t.unit === "元").length;
  const wan = tables.filter((t) => t.unit === "万元").length;
  if (yuan > wan || tables.some((t) => /财务收支预算总表|功能分类预算表/.test(t.title))) return "shanghai";
  return "national";
}

/** The unit most tables state (ties → 万元); undefined when none states one. */
function workbookUnit(tables: readonly DraftTable[]): Unit | undefined {
  const yuan = tables.filter((t) => t.unit === "元").length;
  const wan = tables.filter((t) => t.unit === "万元").length;
  if (yuan === 0 && wan === 0) return undefined;
  return yuan > wan ? "元" : "万元";
}

function mostCommonYear(tables: readonly DraftTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0]))
    if (count > bestCount) [best, bestCount] = [year, count];
  return best;
}

/** A row of a 续表 carries its own sheet on every amount, so findings and refs point at the right sheet. */
function onSheet(row: Row, sheet: string): Row {
  const amounts = new Map<AmountRole, Amount>();
  for (const [role, a] of row.amounts)
    amounts.set(role, {
      value: a.value,
      units: a.units,
      cell: a.cell,
      sheet,
      row: a.row,
      col: a.col,
      blank: a.blank,
      ...(a.stored && { stored: a.stored }),
    });
  // Every field named: a line-table row reads them through getters, which a spread does not copy.
  const { kind, side, label, labelCell, code, govCode, govName, unitCode, classCode } = row;
  return {
    row: row.row,
    kind,
    ...(side !== undefined && { side }),
    label,
    ...(labelCell !== undefined && { labelCell }),
    ...(code !== undefined && { code }),
    ...(govCode !== undefined && { govCode }),
    ...(govName !== undefined && { govName }),
    ...(unitCode !== undefined && { unitCode }),
    ...(classCode !== undefined && { classCode }),
    amounts,
  };
}

/**
 * A table continued on further sheets (title or sheet name with 续): the continuation's rows are appended to the
 * first table of the same kind (sheet-name order, never workbook order), and the continuation keeps no rows of its
 * own, so every sum is judged once over the whole table.
 */
function mergeContinuations(drafts: readonly DraftTable[]): DraftTable[] {
  const byName = [...drafts].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0));
  const extra = new Map<DraftTable, Row[]>();
  const emptied = new Set<DraftTable>();
  for (const d of byName) {
    if (!d.continued || d.kind === "narrative") continue;
    const primary = byName.find((p) => p.kind === d.kind && !p.continued);
    if (!primary) continue;
    const rows = extra.get(primary) ?? [];
    for (const r of d.rows) rows.push(onSheet(r, d.sheet)); // no spread: a long table overflows the stack
    extra.set(primary, rows);
    emptied.add(d);
  }
  return drafts.map((d) => {
    if (emptied.has(d)) return { ...d, rows: [] };
    const more = extra.get(d);
    return more ? { ...d, rows: [...d.rows, ...more] } : d;
  });
}

/**
 * The table the rules read, written as one literal with its fields in one order, not as a spread of the draft: V8
 * gave the spread's result a new map on every run, which deoptimised every rule that reads a table.
 */
function settled(
  d: DraftTable,
  rows: readonly Row[],
  profile: DetectedProfile,
  unit: Unit,
  unitSource: UnitSource,
): RecognisedTable {
  const table: RecognisedTable = {
    sheet: d.sheet,
    kind: d.kind,
    title: d.title,
    year: d.year,
    headerTop: d.headerTop,
    headerBottom: d.headerBottom,
    dataTop: d.dataTop,
    dataBottom: d.dataBottom,
    right: d.right,
    columns: d.columns,
    rows,
    decimals: d.decimals,
    notes: d.notes,
    unreadable: d.unreadable,
    top: d.top,
    bottom: d.bottom,
    unit,
    unitSource,
    profile,
  };
  return d.continued ? { ...table, continued: true } : table;
}

export function recogniseWorkbook(snapshot: WorkbookSnapshot): RecognisedWorkbook {
  const drafts: DraftTable[] = [];
  const unrecognised: UnrecognisedSheet[] = [];
  const textSections: TextSection[] = [];
  const sheets = new Map<string, SheetSnapshot>();
  for (const sheet of snapshot.sheets) {
    sheets.set(sheet.name, sheet);
    const result = recogniseSheet(sheet);
    if (result.ok) drafts.push(result.table);
    else {
      const section = result.reason === "no-title" ? textSectionOf(sheet) : undefined;
      if (section) textSections.push({ sheet: sheet.name, section });
      else unrecognised.push({ sheet: sheet.name, reason: result.reason });
    }
  }
  const profile = detectProfile(drafts);
  const fallback = workbookUnit(drafts);
  const tables: RecognisedTable[] = mergeContinuations(drafts).map((d) =>
    settled(d, withClassCodes(d.kind, d.rows), profile, d.unit ?? fallback ?? "万元", d.unitSource ?? "assumed"),
  );
  return { tables, unrecognised, textSections, sheets, year: mostCommonYear(drafts), profile };
}
