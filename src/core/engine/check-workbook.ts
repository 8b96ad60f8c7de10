import type { WorkbookSnapshot } from "../grid/snapshot";
import type { Finding } from "../findings/finding";
import type { CheckOptions, CheckResult } from "./types";

/**
 * Runs every check on a workbook snapshot. Pure: the snapshot is never modified.
 * (Frame version: recognition and the checks of domain.md arrive with the engine issue; until then every sheet
 * is reported as not recognised, so nothing passes silently.)
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const wanted = options.onlySheets ? new Set(options.onlySheets) : undefined;
  const findings: Finding[] = snapshot.sheets
    .filter((sheet) => !wanted || wanted.has(sheet.name))
    .map((sheet) => ({ rule: "table.unrecognised", severity: "info", sheet: sheet.name, cell: "A1", refs: [], params: {} }));
  return { year: options.year ?? null, tables: [], findings };
}
