import type { ReportInput } from "../findings/build-report";
import type { CheckResult } from "./types";

/** What every surface turns into the public report: the engine's result, named by its workbook. */
export function reportInputOf(workbook: string, result: CheckResult): ReportInput {
  return { workbook, catalog: result.catalog, tables: result.tables, findings: result.findings };
}
