import { sideKey } from "../messages";
import type { ReportFinding } from "./report";

/**
 * What makes a finding the same one again (an accepted finding, the command line's --baseline): rule, sheet, cell and
 * both sides, so a finding whose figures changed is a finding again. A direction is matched in any language.
 */
export function findingKey(f: Pick<ReportFinding, "rule" | "sheet" | "cell" | "expected" | "actual">): string {
  return [f.rule, f.sheet, f.cell, sideKey(f.expected), sideKey(f.actual)].join("\u0000");
}
