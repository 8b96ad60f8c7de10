import { bundledCatalog, BUNDLED_YEAR, yearInFileName } from "../catalog";
import type { Finding } from "../findings/finding";
import type { ReportTable } from "../findings/report";
import { rangeAddress } from "../grid/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../grid/snapshot";
import { Dec } from "../money";
import { buildQuantities } from "./build-quantities";
import { consolidationFacts } from "../consolidate/facts";
import { recogniseWorkbook } from "./recognise/recognise-workbook";
import { kindOrder, type TableKind } from "./recognise/kinds";
import type { RuleContext } from "./rule";
import { RECOGNITION, ruleFailed } from "./rule-failed";
import type { RecognisedWorkbook } from "./recognise/types";
import { inCheck } from "./once-per";
import { RULES } from "./rules";
import { sortFindings } from "./sort-findings";
import type { CheckOptions, CheckResult } from "./types";

function parseTolerance(text: string | undefined): Dec | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(text.trim()))
    throw new RangeError(`tolerance must be a non-negative decimal string, got "${text}"`);
  return new Dec(text.trim());
}

/**
 * Recognises the workbook; when that throws (a bug), recognises it sheet by sheet to find the sheets at fault,
 * leaves them out with an engine.rule-failed finding each, and checks the rest (issue #9).
 */
function recogniseSafely(snapshot: WorkbookSnapshot): { workbook: RecognisedWorkbook; failedSheets: Finding[] } {
  try {
    return { workbook: recogniseWorkbook(snapshot), failedSheets: [] };
  } catch {
    const kept: SheetSnapshot[] = [];
    const failedSheets: Finding[] = [];
    for (const sheet of snapshot.sheets) {
      try {
        recogniseWorkbook({ ...snapshot, sheets: [sheet] });
        kept.push(sheet);
      } catch (error) {
        failedSheets.push(ruleFailed(RECOGNITION, error, sheet.name));
      }
    }
    return { workbook: recogniseWorkbook({ ...snapshot, sheets: kept }), failedSheets };
  }
}

/**
 * Runs every check on a workbook snapshot. Pure: the snapshot is never modified. Results do not depend on the order
 * of the sheets, nor on whether amounts are stored as numbers or as text.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  return inCheck(() => check(snapshot, options));
}

function check(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  const { workbook, failedSheets } = recogniseSafely(snapshot);
  const year = options.year ?? workbook.year;
  // The catalog's year: --year (or the pane's setting), else the titles, else the file name, else the base edition.
  const catalog = options.catalog ?? bundledCatalog(year ?? yearInFileName(snapshot.name) ?? BUNDLED_YEAR);
  const context: RuleContext = {
    workbook,
    quantities: buildQuantities(workbook),
    options,
    catalog,
    tolerance: parseTolerance(options.tolerance),
    year,
  };
  const wanted = options.onlySheets ? new Set(options.onlySheets) : undefined;
  const all: Finding[] = [...failedSheets];
  for (const rule of RULES) {
    let found: Finding[];
    try {
      found = rule.check(context);
    } catch (error) {
      all.push(ruleFailed(rule.id, error, snapshot.sheets[0]?.name ?? "")); // shown whatever sheets were asked for
      continue;
    }
    for (const finding of found) if (!wanted || wanted.has(finding.sheet)) all.push(finding);
  }
  const kinds = new Map<string, TableKind>(workbook.tables.map((t) => [t.sheet, t.kind]));
  const tables: ReportTable[] = workbook.tables
    .filter((t) => !wanted || wanted.has(t.sheet))
    .map((t) => ({ sheet: t.sheet, kind: t.kind, range: rangeAddress(t.top, 0, t.bottom, t.right), unit: t.unit }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0));
  return {
    year,
    tables,
    findings: sortFindings(all, kinds),
    catalog: { year: catalog.year, source: catalog.source },
    ...(options.consolidation === true && {
      consolidation: consolidationFacts(workbook, context.quantities, year),
    }),
  };
}
