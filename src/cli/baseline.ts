/**
 * --baseline previous.ndjson (issue 10, the resubmission case): only what is new or changed since an earlier run is
 * shown. Workbooks are matched by the body on their 编制部门/编制单位 line and the year — a resubmitted file often
 * has another name — and findings by rule, sheet, cell and both sides (core findingKey, as accepted findings are), so
 * a finding whose amounts changed is shown again. A workbook whose body could not be read matches nothing: all its
 * findings are shown (more, never less).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { findingKey } from "../core";
import type { Report, ReportFinding, Severity } from "../core";

/** Finding keys by workbook key; plain data so it can go to the workers. */
export type Baseline = Readonly<Record<string, readonly string[]>>;

export function workbookKey(body: string | undefined | null, year: number | null | undefined): string | undefined {
  return body ? `${body}|${year ?? ""}` : undefined;
}

/**
 * Reads the report lines of an earlier --format ndjson run; other lines (skipped, unreadable, summary) are passed
 * over. A file that cannot be read gives line 0; a line that is not JSON gives its number.
 */
export async function readBaseline(
  file: string,
): Promise<{ ok: true; baseline: Baseline } | { ok: false; line: number }> {
  const baseline: Record<string, string[]> = {};
  if (!(await stat(file).catch(() => undefined))?.isFile()) return { ok: false, line: 0 };
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (text.trim() === "") continue;
      const line = JSON.parse(text) as {
        kind?: string;
        body?: string | null;
        year?: number | null;
        findings?: ReportFinding[];
      };
      // A 部门's consolidation findings are its findings too.
      if ((line.kind !== "report" && line.kind !== "consolidation") || !Array.isArray(line.findings)) continue;
      const key = workbookKey(line.body, line.year);
      if (key === undefined) continue;
      (baseline[key] ??= []).push(...line.findings.map(findingKey));
    }
  } catch {
    return { ok: false, line: n };
  }
  return { ok: true, baseline };
}

/** The report without the findings the baseline already had, with its counts redone, and how many were dropped. */
export function newSince(
  report: Report,
  known: ReadonlySet<string> | undefined,
): { report: Report; unchanged: number } {
  if (known === undefined || known.size === 0) return { report, unchanged: 0 };
  const findings = report.findings.filter((f) => !known.has(findingKey(f)));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { report: { ...report, findings, summary }, unchanged: report.findings.length - findings.length };
}
