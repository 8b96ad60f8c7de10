/** One validation inside Excel: read (3 round trips, more past the payload limit) → engine → marks and a refreshed report sheet (1 round trip). */
import type { AcceptedReportFinding, Engine, Report, Settings } from "../../core";
import { applyAccepted, applyRuleSettings, check, checkWithSettings, checkWorkbook } from "../../core";
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
  // Settings stored in the workbook (rules off or re-graded, profile, tolerance) apply as on the command line.
  const stored = read.stored.settings?.ok ? workbookSettings(read.stored.settings.settings) : undefined;
  const engine = request.engine ?? checkWorkbook;
  // The engine reads every sheet (cross-table checks) and reports on the chosen ones.
  const checked = check(
    read.snapshot,
    { ...settings.check, ...(scope === "sheet" && { onlySheets: sheets }) },
    stored === undefined ? engine : (snapshot, options) => withEngine(engine, snapshot, options ?? {}, stored),
  );
  // Accepted findings stay listed (as accepted) but are not painted: they are no longer errors.
  const report: Report = applyAccepted(checked.report(settings.language), read.stored.accepted).report;
  const toMark = (report.findings as readonly AcceptedReportFinding[]).filter((f) => f.accepted === undefined);
  const plan = planMarks(toMark, read.marks, {
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
    input: checked.input,
    stored: read.stored,
    marked: plan.paint.length,
    protectedSheets: sheets.filter((sheet) => read.marks.protectedSheets?.has(sheet)),
    notes: read.marks.notes !== undefined,
    cellSyncs: read.cellSyncs,
    ...(read.marks.record.ignored && { recordIgnored: read.marks.record.ignored }),
    finishedAt: (request.now ?? (() => new Date()))().toISOString(),
  };
}

/** The workbook's settings without a catalog file (a path saved on another machine is not followed). */
function workbookSettings(settings: Settings): Settings {
  const { catalog, ...rest } = settings;
  return { ...rest, ...(catalog?.year !== undefined && { catalog: { year: catalog.year } }) };
}

/** Runs `engine` under settings: checkWithSettings runs the core's engine, so a test's engine is re-graded here. */
function withEngine(
  engine: Engine,
  snapshot: Parameters<Engine>[0],
  options: NonNullable<Parameters<Engine>[1]>,
  settings: Settings,
) {
  if (engine === checkWorkbook) return checkWithSettings(snapshot, options, settings);
  const result = engine(snapshot, { ...options, ...(settings.profile !== undefined && { profile: settings.profile }) });
  return { ...result, findings: applyRuleSettings(result.findings, settings) };
}
