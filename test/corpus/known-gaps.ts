/**
 * test/corpus/known-gaps.json: the differences between today's engine and the golden lists, each with a one-line
 * reason. The list may only shrink: an unlisted difference fails the corpus test, and so does a listed one that no
 * longer occurs (remove it then).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Difference } from "./compare-findings";

export interface KnownGap extends Difference {
  readonly workbook: string;
  /** An engine error on a corpus workbook that the PDF shows to be wrong: the worst defect, marked as such. */
  readonly falseError?: boolean;
  readonly reason: string;
}

export function readKnownGaps(): readonly KnownGap[] {
  const file = path.join(__dirname, "known-gaps.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { gaps: KnownGap[] }).gaps;
}
