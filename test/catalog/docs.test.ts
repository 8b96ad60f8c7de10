/** docs/catalog.md states the coverage figures the bundled catalog really has. */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalogCoverage } from "../../src/core/catalog";
import { REPO } from "./evidence";

const doc = fs.readFileSync(path.join(REPO, "docs", "catalog.md"), "utf8");
const coverage = catalogCoverage();

/** The numbers in the table row that starts with `label`. */
function tableRow(label: string): string[] {
  const line = doc.split("\n").find((l) => l.startsWith(`| ${label}`));
  if (!line) throw new Error(`docs/catalog.md has no row ${label}`);
  return line
    .split("|")
    .map((c) => c.trim())
    .filter((c) => /^\d+$/u.test(c));
}

describe("docs/catalog.md coverage figures", () => {
  test.each([
    ["支出功能分类", "functional"],
    ["部门预算支出经济分类", "econ-dept"],
    ["政府预算支出经济分类", "econ-gov"],
  ] as const)("%s rows per level", (label, kind) => {
    const levels = coverage.byKind[kind];
    const expected = [levels.类, levels.款, levels.项].filter((n, i) => i < 2 || kind === "functional").map(String);
    expect(tableRow(label)).toEqual(expected);
  });

  test.each(["seed", "observed", "partial", "compiled"] as const)("%s rows", (source) => {
    expect(tableRow(source)).toEqual([String(coverage.bySource[source])]);
  });

  test("total rows and mappings", () => {
    expect(doc).toContain(`共 ${coverage.rows} 行`);
    expect(doc).toContain(`机关 ${coverage.mappings.机关} 条，事业单位 ${coverage.mappings.事业单位} 条`);
    expect(doc).toContain(`— ${coverage.rows} rows`);
  });
});

describe("docs/catalog.md figures per year", () => {
  test.each([2024, 2025, 2026])("the %i row of the years table", (year) => {
    const c = catalogCoverage(year);
    const f = c.byKind.functional;
    const line = doc.split("\n").find((l) => l.startsWith(`| ${year} |`));
    expect(
      line
        ?.split("|")
        .slice(2, 8)
        .map((cell) => cell.trim()),
    ).toEqual([
      String(c.rows),
      `${f.类} / ${f.款} / ${f.项}`,
      String(c.bySource.seed),
      String(c.bySource.observed),
      String(c.bySource.partial),
      String(c.bySource.compiled),
    ]);
  });

  test("the years the English text gives", () => {
    for (const year of [2024, 2025, 2026]) expect(doc).toContain(`${year}: ${catalogCoverage(year).rows}`);
  });
});
