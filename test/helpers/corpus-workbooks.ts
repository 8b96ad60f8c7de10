/**
 * The real corpus workbooks (../shared/corpus, never copied into the project), read once per test file. Where the
 * folder is absent the tests that need it are skipped and say so; under CI=true its absence fails the run.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookFile } from "../../src/host/xlsx";

export const CORPUS_DIR = path.resolve(__dirname, "../../../shared/corpus");

export const CORPUS_NAMES = [
  "pt-commerce-2025-dept",
  "pt-commerce-2025-unit",
  "pt-gov-office-2025-dept",
  "pt-gov-office-2025-unit",
] as const;

export type CorpusName = (typeof CORPUS_NAMES)[number];

export function corpusPresent(): boolean {
  const present = CORPUS_NAMES.every((n) => fs.existsSync(path.join(CORPUS_DIR, n, `${n}.xlsx`)));
  if (!present && process.env.CI === "true") throw new Error(`CI=true but the corpus is missing at ${CORPUS_DIR}`);
  return present;
}

const cache = new Map<CorpusName, Promise<WorkbookSnapshot>>();

export function loadCorpus(name: CorpusName): Promise<WorkbookSnapshot> {
  let loaded = cache.get(name);
  if (!loaded) {
    loaded = readWorkbookFile(path.join(CORPUS_DIR, name, `${name}.xlsx`)).then((outcome) => {
      if (!outcome.ok) throw new Error(`corpus workbook ${name} unreadable: ${outcome.problem.kind}`);
      return outcome.snapshot;
    });
    cache.set(name, loaded);
  }
  return loaded;
}

/** The snapshot with one cell of one sheet replaced (0-based row and column), nothing else touched. */
export function withCorpusCell(
  wb: WorkbookSnapshot,
  sheetPattern: RegExp,
  row: number,
  col: number,
  change: (old: unknown) => string | number | null,
): WorkbookSnapshot {
  const index = wb.sheets.findIndex((s) => sheetPattern.test(s.name));
  if (index < 0) throw new Error(`no sheet matches ${sheetPattern}`);
  const sheets = wb.sheets.map((s, i) => {
    if (i !== index) return s;
    const values = s.values.map((r, ri) => (ri === row ? r.map((v, ci) => (ci === col ? change(v) : v)) : r));
    return { ...s, values };
  });
  return { ...wb, sheets };
}
