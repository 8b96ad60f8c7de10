/** The seed workbook (samples/fengquan-2024.xlsx, a copy of ../shared/fixtures/) as a snapshot, read once per test file. */
import * as path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookFile } from "../../src/host/xlsx";

export const SEED_PATH = path.resolve(__dirname, "../../samples/fengquan-2024.xlsx");

let cached: Promise<WorkbookSnapshot> | undefined;

export function loadSeed(): Promise<WorkbookSnapshot> {
  cached ??= readWorkbookFile(SEED_PATH).then((outcome) => {
    if (!outcome.ok) throw new Error(`seed workbook unreadable: ${outcome.problem.kind}`);
    return outcome.snapshot;
  });
  return cached;
}
