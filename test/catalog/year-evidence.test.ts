/**
 * Every pair a real document of 2025 or 2026 prints (evidence.csv: the corpus and the shared 2025/2026 lists) resolves
 * in that year's bundled catalog to the printed name, or to a name kept beside it as undecided. Rows only PTFLY24YS
 * prints are left out (OBSERVED.md: it renumbers its economic rows).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundledCatalog, compareName } from "../../src/core/catalog";
import { REPO } from "./evidence";

const lines = fs
  .readFileSync(path.join(REPO, "data", "classification", "evidence.csv"), "utf8")
  .trim()
  .split("\n");
const printed = lines
  .slice(1)
  .map((line) => line.split(","))
  .map(([code = "", name = "", kind = "", year = "", document = ""]) => ({
    code,
    name,
    kind,
    year: Number(year),
    document,
  }))
  .filter((r) => (r.year === 2025 || r.year === 2026) && r.kind !== "revenue");

test("the evidence holds the corpus and 2026 documents", () => {
  expect(printed.filter((r) => r.document.startsWith("corpus/")).length).toBeGreaterThan(200);
  expect(printed.filter((r) => r.year === 2026).length).toBeGreaterThan(100);
});

test.each([2025, 2026])("every code printed in %i is in the %i catalog under the printed name", (year) => {
  const catalog = bundledCatalog(year);
  const wrong = printed
    .filter((r) => r.year === year)
    .flatMap((r) => {
      const entry = catalog.lookup(r.code);
      if (!entry) return [`${r.code} missing (${r.document})`];
      const verdict = compareName(entry, r.name, { year });
      return verdict.match === "same" ? [] : [`${r.code} ${r.name} vs ${entry.name} (${r.document})`];
    });
  expect(wrong).toEqual([]);
});

test("the 2025 corpus codes are observed rows of 2025, except those the seed or partial tables give", () => {
  const catalog = bundledCatalog(2025);
  const grades = new Set(
    printed.filter((r) => r.document.startsWith("corpus/")).map((r) => catalog.lookup(r.code)?.source),
  );
  expect([...grades].sort()).toEqual(["observed", "partial", "seed"]);
});

test("every pair printed in 2024 is in the 2024 catalog, except the rows set aside with a reason", () => {
  const excluded = fs
    .readFileSync(path.join(REPO, "data", "classification", "observed-excluded.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").slice(0, 2).join(" "));
  const catalog = bundledCatalog(2024);
  const wrong = lines
    .slice(1)
    .map((line) => line.split(","))
    .filter(
      ([, , kind, year, document]) =>
        year === "2024" && kind !== "revenue" && (kind === "functional" || document !== "PTFLY24YS"),
    )
    .filter(([code = "", name = ""]) => !excluded.includes(`${code} ${name}`))
    .flatMap(([code = "", name = "", , , document]) => {
      const entry = catalog.lookup(code);
      if (!entry) return [`${code} missing (${document})`];
      return compareName(entry, name, { year: 2024 }).match === "same" ? [] : [`${code} ${name} vs ${entry.name}`];
    });
  expect(wrong).toEqual([]);
});
