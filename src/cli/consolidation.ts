/**
 * The 部门 + 单位 consolidation of a batch (issue 10). While the files are checked, the run keeps, per 部门 or 单位
 * workbook with a body name, only the figures the comparison needs (core's ConsolidationFacts: a few hundred
 * amounts as strings), never the report. Once every file is read, each 部门 is compared with its units (core's
 * consolidate) and its findings become one more result of that 部门 workbook: an NDJSON line of kind
 * "consolidation", a block after the text reports, an element of the JSON array, rows of the report workbook — and
 * its counts join the 部门's summary row and the exit status. The settings file of the 部门 turns them off or
 * re-grades them like any rule; --baseline leaves out those an earlier run had.
 */
import type { ConsolidationInput, Language, Report, Settings, Severity } from "../core";
import { applyRuleSettings, buildReport, consolidate, escapeControlsInJson, LabelTable, packFacts } from "../core";
import { newSince, workbookKey, type Baseline } from "./baseline";
import type { JobResult, SummaryRow } from "./file-job";
import { findingRows, type FindingRow } from "../host/xlsx/report";

/** One 部门 workbook's consolidation findings, formatted as the run wants them. */
export interface ConsolidationResult {
  readonly index: number;
  /** The 部门's summary row with the consolidation's counts added. */
  readonly row: SummaryRow;
  readonly report: Report;
  /** The units it was compared with, by body name. */
  readonly units: readonly string[];
  readonly ndjson: string;
  readonly json: string;
  readonly rows: readonly FindingRow[];
}

export class Consolidation {
  private readonly inputs: ConsolidationInput[] = [];
  private readonly labels = new LabelTable();

  /** Keeps what the comparison needs of a checked file, if it is a 部门 or 单位 workbook. */
  add(result: JobResult): void {
    if (result.consolidation === undefined || result.row.body === undefined) return;
    this.inputs.push({
      id: result.index,
      body: result.row.body,
      workbook: result.row.workbook,
      facts: packFacts(result.consolidation, this.labels),
    });
  }

  /** The findings of every 部门 with units in the run, in path order. */
  results(
    rows: readonly SummaryRow[],
    configOf: (index: number) => Settings | undefined,
    baseline: Baseline | undefined,
    language: Language,
  ): ConsolidationResult[] {
    const inputs = [...this.inputs].sort((a, b) => a.id - b.id);
    const results: ConsolidationResult[] = [];
    for (const [index, { findings: found, units }] of [...consolidate(inputs)].sort((a, b) => a[0] - b[0])) {
      const row = rows[index]!;
      const config = configOf(index);
      const findings = config === undefined ? found : applyRuleSettings(found, config);
      const built = buildReport(
        { workbook: row.workbook, catalog: { year: null, source: "" }, tables: [], findings },
        language,
      );
      const key = workbookKey(row.body, row.year);
      const known = baseline !== undefined && key !== undefined ? new Set(baseline[key] ?? []) : undefined;
      const { report, unchanged } = newSince(built, known);
      const counts: Record<Severity, number> = { ...row.counts };
      for (const severity of ["error", "warning", "info"] as const) counts[severity] += report.summary[severity];
      const line = {
        kind: "consolidation",
        file: row.file,
        body: row.body ?? null,
        year: row.year ?? null,
        units,
        ...(baseline !== undefined && { unchanged }),
        summary: report.summary,
        findings: report.findings,
      };
      results.push({
        index,
        row: { ...row, counts, ...(row.unchanged !== undefined && { unchanged: row.unchanged + unchanged }) },
        report,
        units,
        ndjson: escapeControlsInJson(JSON.stringify(line)),
        json: escapeControlsInJson(JSON.stringify(line, null, 2)),
        rows: findingRows(report),
      });
    }
    return results;
  }
}
