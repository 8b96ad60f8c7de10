/**
 * Figures for the narrative reader (printed by `npm run bench`, never a test): the seed's 情况说明 sheet read into
 * claims, and the same paragraphs repeated 10× and 100× (time per paragraph should stay flat). Median of 21 runs
 * after a warm-up.
 */
import * as path from "node:path";
import { readNarrativeSheet } from "../src/core/engine/narrative";
import type { SheetSnapshot } from "../src/core/grid/snapshot";
import { readWorkbookFile } from "../src/host/xlsx";
import { timings } from "./timing";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

let sink = 0;

const timeRuns = (runs: number, body: () => void): number => timings(runs, body).median;

export async function run(): Promise<Record<string, unknown>> {
  const outcome = await readWorkbookFile(SAMPLE);
  if (!outcome.ok) return { error: `sample unreadable: ${outcome.problem.kind}` };
  const sheet = outcome.snapshot.sheets.find((s) => s.name === "情况说明");
  if (!sheet) return { error: "no 情况说明 sheet in the sample" };
  const repeated = (times: number): SheetSnapshot => ({
    ...sheet,
    values: Array.from({ length: times }, () => sheet.values).flat(),
  });
  const x10 = repeated(10);
  const x100 = repeated(100);
  return {
    paragraphs: sheet.values.length,
    seedNarrativeMs: timeRuns(21, () => (sink += readNarrativeSheet(sheet).length)),
    x10Ms: timeRuns(21, () => (sink += readNarrativeSheet(x10).length)),
    x100Ms: timeRuns(5, () => (sink += readNarrativeSheet(x100).length)),
    sink: sink > 0,
  };
}
