/**
 * The engine's errors and warnings against a golden list, as a set of (sheet, cell, rule, severity, expected,
 * actual); a golden entry with null expected/actual (a wording rule) is matched on the first four only.
 */
import type { Finding } from "../../src/core/findings/finding";
import type { GoldenFinding } from "./corpus-files";

/** One side of a difference, in the shape known-gaps.json lists it. */
export interface Difference {
  readonly kind: "missing" | "unexpected";
  readonly sheet: string;
  readonly cell: string;
  readonly rule: string;
  readonly severity: string;
  readonly expected: string | null;
  readonly actual: string | null;
}

export interface Comparison {
  readonly missing: readonly Difference[];
  readonly unexpected: readonly Difference[];
}

function matches(golden: GoldenFinding, finding: Finding): boolean {
  if (golden.sheet !== finding.sheet || golden.cell !== finding.cell) return false;
  if (golden.rule !== finding.rule || golden.severity !== finding.severity) return false;
  if (golden.expected !== null && golden.expected !== (finding.expected ?? null)) return false;
  if (golden.actual !== null && golden.actual !== (finding.actual ?? null)) return false;
  return true;
}

/** Pairs each golden entry with one engine finding (a multiset: two equal findings need two entries). */
export function compareFindings(golden: readonly GoldenFinding[], findings: readonly Finding[]): Comparison {
  const reported = findings.filter((f) => f.severity !== "info");
  const used = new Set<number>();
  const missing: Difference[] = [];
  for (const g of golden) {
    const index = reported.findIndex((f, i) => !used.has(i) && matches(g, f));
    if (index >= 0) used.add(index);
    else missing.push({ kind: "missing", ...pick(g) });
  }
  const unexpected = reported.filter((_, i) => !used.has(i)).map((f) => ({ kind: "unexpected" as const, ...pick(f) }));
  return { missing, unexpected };
}

function pick(f: GoldenFinding | Finding): Omit<Difference, "kind"> {
  return {
    sheet: f.sheet,
    cell: f.cell,
    rule: f.rule,
    severity: f.severity,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

/** A key equal for the same difference, whatever order its fields were written in. */
export function differenceKey(d: Difference): string {
  return [d.kind, d.sheet, d.cell, d.rule, d.severity, d.expected ?? "", d.actual ?? ""].join(" | ");
}

/** One line per difference, missing first: what a reviewer reads when the corpus test fails. */
export function formatComparison(workbook: string, comparison: Comparison): string {
  const line = (d: Difference) =>
    `  ${d.kind.padEnd(10)} ${d.severity.padEnd(7)} ${d.rule.padEnd(26)} ${d.sheet}!${d.cell}` +
    (d.expected !== null || d.actual !== null ? `  expected ${d.expected ?? "–"} actual ${d.actual ?? "–"}` : "");
  const lines = [...comparison.missing, ...comparison.unexpected].map(line);
  return [
    `${workbook}: ${comparison.missing.length} missing, ${comparison.unexpected.length} unexpected`,
    ...lines,
  ].join("\n");
}
