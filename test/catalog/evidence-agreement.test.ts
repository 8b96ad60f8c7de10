/**
 * The bundled catalog against the shared evidence it did not come from verbatim: wherever the catalog has a code,
 * its name agrees with every reliable printing of that code, and the partial official tables are all in it.
 */
import * as path from "node:path";
import { bundledCatalog, sameName } from "../../src/core/catalog";
import type { ClassificationKind, UnitType } from "../../src/core/catalog";
import { readRecords, REPO, sharedClassification } from "./evidence";

const catalog = bundledCatalog(2024);
const excluded = readRecords(path.join(REPO, "data", "classification", "observed-excluded.csv"));
const isExcluded = (code: string, name: string): boolean =>
  excluded.some((e) => e.code === code && sameName(e.name ?? "", name));

describe("observed-in-disclosures.csv", () => {
  // OBSERVED.md: PTFLY24YS renumbered its economic rows; a row printed only by it is not evidence.
  const reliable = sharedClassification("observed-in-disclosures.csv").filter(
    (r) => r.kind === "functional" || r.sources?.split(";").some((s) => s !== "PTFLY24YS"),
  );
  test.each(reliable.map((r) => [r.code ?? "", r.name ?? "", r.kind ?? ""]))("%s %s agrees", (code, name, kind) => {
    const entry = catalog.lookup(code, kind as ClassificationKind);
    if (entry) expect(sameName(entry.name, name)).toBe(true);
  });

  test("the PTFLY24YS names are not in the catalog", () => {
    expect(catalog.lookup("30210")).toBeUndefined();
    expect(catalog.lookup("30202")?.name).toBe("印刷费");
    expect(catalog.lookup("30301")?.name).toBe("离休费");
  });

  test("every reliable code is in the catalog (none is missing)", () => {
    const missing = reliable
      .filter((r) => !catalog.lookup(r.code ?? "", r.kind as ClassificationKind))
      .map((r) => r.code);
    expect(missing).toEqual([]);
  });
});

describe("observed-in-pages.csv", () => {
  const rows = sharedClassification("observed-in-pages.csv");
  const latestYear = (years: string): number => Math.max(0, ...years.split(";").filter(Boolean).map(Number));

  test.each(rows.map((r) => [r.code ?? "", r.name ?? "", r.year ?? ""]))(
    "%s %s (%s) agrees or is excluded with a reason",
    (code, name, years) => {
      const entry = catalog.lookup(code);
      if (!entry || sameName(entry.name, name)) return;
      // A differing name is acceptable only for a page older than the 2023–2025 window or a row excluded by hand.
      expect(latestYear(years) < 2023 || isExcluded(code, name)).toBe(true);
    },
  );
});

describe("the partial official tables (PROVENANCE.md)", () => {
  test.each(
    [...sharedClassification("econ-dept-partial.csv"), ...sharedClassification("econ-gov-partial.csv")].map((r) => [
      r.code ?? "",
      r.name ?? "",
    ]),
  )("%s %s is in the catalog with that name", (code, name) => {
    expect(catalog.lookup(code)?.name).toBe(name);
  });

  test.each(
    sharedClassification("econ-dept-to-gov-partial.csv").map((r) => [
      r.dept_code ?? "",
      r.scope ?? "",
      r.gov_code ?? "",
    ]),
  )("%s for a %s maps to %s", (dept, unitType, gov) => {
    expect(catalog.governmentCodeFor(dept, unitType as UnitType)?.code).toBe(gov);
  });
});

// That the shipped copies equal ../shared's originals is checked in test/frame/fixtures.test.ts.
