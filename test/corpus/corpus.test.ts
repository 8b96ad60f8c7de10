/**
 * Issue #12's measure: each real corpus workbook, read as the command line reads it, checked by the engine, against
 * the findings written by hand from its PDF (test/golden/<workbook>.expected.json). Today's differences are listed in
 * known-gaps.json; the list may only shrink.
 */
import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings/finding";
import { compareFindings, differenceKey, formatComparison, type Comparison } from "./compare-findings";
import {
  CORPUS_WORKBOOKS,
  describeWithCorpus,
  loadCorpusWorkbook,
  readGolden,
  type CorpusWorkbook,
} from "./corpus-files";
import { readKnownGaps } from "./known-gaps";

const gaps = readKnownGaps();

test("every known gap names a corpus workbook and gives a one-line reason", () => {
  const bad = gaps.filter(
    (g) =>
      !(CORPUS_WORKBOOKS as readonly string[]).includes(g.workbook) ||
      g.reason.trim() === "" ||
      g.reason.includes("\n") ||
      (g.falseError === true) !== (g.kind === "unexpected" && g.severity === "error"),
  );
  expect(bad).toEqual([]);
});

describeWithCorpus(() => {
  describe.each(CORPUS_WORKBOOKS.map((name) => [name]))("%s", (name: CorpusWorkbook) => {
    let findings: readonly Finding[];
    let comparison: Comparison;
    const listed = gaps.filter((g) => g.workbook === name);

    beforeAll(async () => {
      findings = checkWorkbook(await loadCorpusWorkbook(name)).findings;
      comparison = compareFindings(readGolden(name), findings);
      // The readable diff, printed whether or not it is all listed: what stands between the engine and the PDF.
      console.log(formatComparison(name, comparison));
    });

    test("matches its golden list, except the differences listed in known-gaps.json", () => {
      const occurring = [...comparison.missing, ...comparison.unexpected];
      const listedKeys = new Set(listed.map(differenceKey));
      const occurringKeys = new Set(occurring.map(differenceKey));
      const unlisted = occurring.filter((d) => !listedKeys.has(differenceKey(d))).map(differenceKey);
      const closed = listed.filter((g) => !occurringKeys.has(differenceKey(g))).map(differenceKey);
      // unlisted: a new difference (fix the engine, or the golden list if the PDF says so);
      // closed: a listed gap that no longer occurs (remove it from known-gaps.json).
      expect({ unlisted, closed }).toEqual({ unlisted: [], closed: [] });
    });

    test("reports no error outside the golden list, except listed false errors", () => {
      const falseErrors = new Set(listed.filter((g) => g.falseError === true).map(differenceKey));
      const errors = comparison.unexpected.filter((d) => d.severity === "error");
      expect(errors.filter((d) => !falseErrors.has(differenceKey(d))).map(differenceKey)).toEqual([]);
    });

    test("reads every recognised table: no table.incomplete-read", () => {
      expect(findings.filter((f) => (f.rule as string) === "table.incomplete-read")).toEqual([]);
    });
  });
});
