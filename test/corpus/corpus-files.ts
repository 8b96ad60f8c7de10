/**
 * The real corpus (issue #12): four 2025 普陀区 budgets in ../shared/corpus, read in place (never copied into the
 * project) with the command line's reader, and their hand-made golden lists in test/golden.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Severity } from "../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookFile } from "../../src/host/xlsx";

/** ../shared/corpus relative to the repository root: where the sessions and CI lay the shared folder. */
export const CORPUS_DIR = path.resolve(__dirname, "../../../shared/corpus");

/** The corpus workbooks, one folder each, holding <folder>.xlsx; the golden lists are named after the folder. */
export const CORPUS_WORKBOOKS = [
  "pt-gov-office-2025-dept",
  "pt-gov-office-2025-unit",
  "pt-commerce-2025-dept",
  "pt-commerce-2025-unit",
] as const;
export type CorpusWorkbook = (typeof CORPUS_WORKBOOKS)[number];

export function corpusFile(name: CorpusWorkbook): string {
  return path.join(CORPUS_DIR, name, `${name}.xlsx`);
}

export function corpusPresent(): boolean {
  return CORPUS_WORKBOOKS.every((name) => fs.existsSync(corpusFile(name)));
}

/**
 * Where the corpus is absent the corpus tests skip and say so; under CI=true (CI always has it) that is a failure,
 * so a lost shared folder cannot turn the measure into a silent pass.
 */
export function corpusAbsence(): "present" | "skip" | "fail" {
  if (corpusPresent()) return "present";
  return process.env.CI === "true" ? "fail" : "skip";
}

export const CORPUS_SKIPPED_MESSAGE = `corpus tests skipped: ${CORPUS_DIR} is absent (they run where ../shared/corpus is laid; CI=true fails without it)`;

/**
 * Defines a file's corpus tests where the corpus is laid; elsewhere one skipped test says why, or, under CI=true, one
 * failing test (corpusAbsence).
 */
export function describeWithCorpus(defineTests: () => void): void {
  const absence = corpusAbsence();
  if (absence === "skip") test.skip(CORPUS_SKIPPED_MESSAGE, () => undefined);
  else if (absence === "fail")
    test("the corpus is present (CI=true)", () => {
      throw new Error(CORPUS_SKIPPED_MESSAGE);
    });
  else defineTests();
}

const snapshots = new Map<CorpusWorkbook, Promise<WorkbookSnapshot>>();

/** The workbook as the command line reads it, once per test file. */
export function loadCorpusWorkbook(name: CorpusWorkbook): Promise<WorkbookSnapshot> {
  let cached = snapshots.get(name);
  if (!cached) {
    cached = readWorkbookFile(corpusFile(name)).then((outcome) => {
      if (!outcome.ok) throw new Error(`${name}: unreadable (${outcome.problem.kind})`);
      return outcome.snapshot;
    });
    snapshots.set(name, cached);
  }
  return cached;
}

/** One expected error or warning; null expected/actual: a wording rule with no amounts, not compared. */
export interface GoldenFinding {
  readonly id: string;
  readonly rule: string;
  readonly severity: Exclude<Severity, "info">;
  readonly sheet: string;
  readonly cell: string;
  readonly expected: string | null;
  readonly actual: string | null;
}

export function readGolden(name: CorpusWorkbook): readonly GoldenFinding[] {
  const file = path.resolve(__dirname, "../golden", `${name}.expected.json`);
  const golden = JSON.parse(fs.readFileSync(file, "utf8")) as { findings: GoldenFinding[] };
  return golden.findings;
}
