/**
 * Whether the engine caught a one-change copy: a new complaint (not in the unchanged workbook's report) at
 * the changed cell, at a total it breaks (same row or column of the same sheet; for a code or name, its row), or
 * naming the changed cell among its refs.
 */
import type { Finding } from "../../src/core/findings/finding";
import { parseAddress } from "../../src/core/grid/address";
import type { Mutation } from "./mutate";

/** The whole finding: a control must reproduce every one exactly. */
export function findingKey(f: Finding): string {
  return [f.rule, f.severity, f.sheet, f.cell, f.expected ?? "", f.actual ?? ""].join(" | ");
}

/**
 * A complaint without the judged cell's own value: when a mutation only changes the `actual` of a finding the
 * unchanged workbook already had (a narrative figure already reported against the wrong table cell), the engine
 * said nothing new, so that is no catch.
 */
export function complaintKey(f: Finding): string {
  return [f.rule, f.severity, f.sheet, f.cell, f.expected ?? ""].join(" | ");
}

/** The errors and warnings of `after` whose key `before` did not have. */
export function newFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  key: (f: Finding) => string = findingKey,
): Finding[] {
  const known = new Set(before.map(key));
  return after.filter((f) => f.severity !== "info" && !known.has(key(f)));
}

function covers(range: string, row: number, col: number, wholeRow: boolean): boolean {
  const [a, b] = range.split(":");
  const from = parseAddress(a ?? "");
  const to = parseAddress(b ?? a ?? "");
  if (!from || !to) return false;
  const inRows = row >= Math.min(from.row, to.row) && row <= Math.max(from.row, to.row);
  const inCols = col >= Math.min(from.col, to.col) && col <= Math.max(from.col, to.col);
  return inRows && (wholeRow || inCols);
}

export function caught(m: Mutation, fresh: readonly Finding[]): boolean {
  const textual = m.category === "narrative-amount" || m.category === "narrative-percent";
  const rowWide = m.category === "code" || m.category === "name";
  return fresh.some((f) => {
    if (f.sheet === m.sheet) {
      const at = parseAddress(f.cell);
      if (at) {
        if (textual) {
          if (at.row === m.row && at.col === m.col) return true;
        } else if (at.row === m.row || (!rowWide && at.col === m.col)) return true;
      } else if (covers(f.cell, m.row, m.col, rowWide)) return true;
    }
    return f.refs.some((r) => r.sheet === m.sheet && covers(r.cell, m.row, m.col, rowWide));
  });
}

/**
 * Why a text figure cannot be checked, as the engine itself says in the unchanged workbook's notes: a note at the
 * figure's cell about the same printed number, with its reason. undefined when the engine gave no such reason — then
 * an uncaught copy is a gap in the checks, not a figure nothing could check.
 */
const NOT_CHECKABLE: Readonly<Record<string, string>> = {
  "narrative.scope no-last-year": "no last-year figure",
  "narrative.scope threshold": "a threshold",
  "narrative.scope change": "a change, not an amount",
  "narrative.scope scope": "covers part of the units",
  "narrative.untied performance-funds": "part of 项目支出 (only ≤ is certain)",
  "narrative.untied project": "a project's money, no table by project",
};

export function notCheckable(m: Mutation, baseline: readonly Finding[]): string | undefined {
  if (m.figure === undefined) return undefined;
  const printed = m.figure.replace(/,/g, "");
  for (const f of baseline) {
    if (f.severity !== "info" || f.sheet !== m.sheet || f.cell !== m.cell || f.actual !== printed) continue;
    const reason = NOT_CHECKABLE[`${f.rule} ${"reason" in f.params ? f.params.reason : ""}`];
    if (reason) return reason;
  }
  return undefined;
}
