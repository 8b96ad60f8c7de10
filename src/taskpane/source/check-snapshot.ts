import { BUNDLED_YEAR, bundledCatalog } from "../../core/catalog";
import type { CheckOptions } from "../../core/engine";
import { checkWorkbook } from "../../core/engine";
import { buildReport } from "../../core/findings";
import type { ReportInput } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/grid";
import type { CheckedWorkbook } from "./pane-host";

/** The catalog named in the report, as the command line names it (src/cli/check-file.ts). */
export function catalogOfReport(options: CheckOptions, year: number | null): { year: number | null; source: string } {
  return options.catalog
    ? { year: options.catalog.year, source: options.catalog.source }
    : { year, source: bundledCatalog(year ?? BUNDLED_YEAR).source };
}

/** Runs the engine on a snapshot, as the command line does, and keeps what the report and the list need. */
export function checkSnapshot(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckedWorkbook & { input: ReportInput } {
  const result = checkWorkbook(snapshot, options);
  const input: ReportInput = {
    workbook: snapshot.name,
    catalog: catalogOfReport(options, result.year),
    tables: result.tables,
    findings: result.findings,
  };
  return { input, sheetOrder: snapshot.sheets.map((sheet) => sheet.name), report: (language) => buildReport(input, language) };
}
