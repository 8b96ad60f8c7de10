/** Recognises every sheet, then settles what needs the whole workbook: assumed units, profile, year. */
import type { SheetSnapshot, WorkbookSnapshot } from "../../grid/snapshot";
import { recogniseSheet, type DraftTable } from "./recognise-sheet";
import type { DetectedProfile, RecognisedTable, RecognisedWorkbook, Unit, UnrecognisedSheet } from "./types";

function detectProfile(tables: readonly DraftTable[]): DetectedProfile {
  if (tables.some((t) => t.kind === "performance-overall" || t.kind === "performance-project" || /部门收支预算表/.test(t.title)))
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
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0])) if (count > bestCount) [best, bestCount] = [year, count];
  return best;
}

export function recogniseWorkbook(snapshot: WorkbookSnapshot): RecognisedWorkbook {
  const drafts: DraftTable[] = [];
  const unrecognised: UnrecognisedSheet[] = [];
  const sheets = new Map<string, SheetSnapshot>();
  for (const sheet of snapshot.sheets) {
    sheets.set(sheet.name, sheet);
    const result = recogniseSheet(sheet);
    if (result.ok) drafts.push(result.table);
    else unrecognised.push({ sheet: sheet.name, reason: result.reason });
  }
  const profile = detectProfile(drafts);
  const fallback = workbookUnit(drafts);
  const tables: RecognisedTable[] = drafts.map((d) => ({
    ...d,
    profile,
    unit: d.unit ?? fallback ?? "万元",
    unitSource: d.unitSource ?? "assumed",
  }));
  return { tables, unrecognised, sheets, year: mostCommonYear(drafts), profile };
}
