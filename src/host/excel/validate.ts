/** One validation inside Excel: read (2 round trips) → engine → marks and a refreshed report sheet (1 round trip). */
import { check, type Engine, type Report } from "../../core";
import type { Feature } from "./requirements";
import { queueMarkPlan } from "./write-marks";
import { planMarks } from "./plan-marks";
import { readWorkbook } from "./read-workbook";
import { REPORT_SHEET_NAME } from "./names";
import { queueReportSheet } from "./report-sheet";
import type { ValidationResults, ValidationScope, ValidationSettings } from "../../session";

export interface ValidateRequest {
  readonly scope: ValidationScope;
  readonly settings: ValidationSettings;
  readonly features: Readonly<Record<Feature, boolean>>;
  /** Clock for finishedAt (tests pass a fixed one). */
  readonly now?: () => Date;
  /** The engine; tests pass one with known findings. */
  readonly engine?: Engine;
}

export async function validateInExcel(
  context: Excel.RequestContext,
  request: ValidateRequest,
): Promise<ValidationResults> {
  const { settings } = request;
  const read = await readWorkbook(context, { features: request.features });
  // 校验本表 on the report sheet (never checked itself) checks the workbook the report is about.
  const scope = request.scope === "sheet" && read.activeSheet === REPORT_SHEET_NAME ? "workbook" : request.scope;
  const sheets = scope === "sheet" ? [read.activeSheet] : read.snapshot.sheets.map((s) => s.name);
  // The engine reads every sheet (cross-table checks) and reports on the chosen ones.
  const checked = check(
    read.snapshot,
    { ...settings.check, ...(scope === "sheet" && { onlySheets: sheets }) },
    request.engine,
  );
  const report: Report = checked.report(settings.language);
  const plan = planMarks(report.findings, read.marks, {
    scope: scope === "sheet" ? new Set(sheets) : "all",
    language: settings.language,
  });
  queueMarkPlan(context, plan, read.marks);
  // An exported report would go stale: a whole-workbook run rewrites it (a one-sheet run leaves it be; so does a
  // workbook whose structure is protected, where it could not be deleted and added again).
  if (scope === "workbook" && read.marks.sheets.includes(REPORT_SHEET_NAME) && !read.structureProtected) {
    queueReportSheet(context, report, { language: settings.language, exists: true });
  }
  await context.sync();
  return {
    scope,
    sheets,
    report,
    marked: plan.paint.length,
    protectedSheets: sheets.filter((sheet) => read.marks.protectedSheets?.has(sheet)),
    notes: read.marks.notes !== undefined,
    finishedAt: (request.now ?? (() => new Date()))().toISOString(),
  };
}
