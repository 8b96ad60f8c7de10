import { bundledCatalog, catalogCoverage } from "./bundled";

describe("bundledCatalog", () => {
  const catalog = bundledCatalog();

  test("is the partial 2024 catalog by default and says so", () => {
    expect(catalog).toMatchObject({ year: 2024, source: "内置 2024（部分）", official: false });
    expect(bundledCatalog(2024)).toBe(catalog);
  });

  test("a lookup tells which catalog and which evidence answered", () => {
    expect(catalog.lookup("2013101")).toMatchObject({
      name: "行政运行",
      kind: "functional",
      level: 3,
      parent: "20131",
      source: "seed",
      catalog: "内置 2024（部分）",
    });
    expect(catalog.lookup("30101")?.source).toBe("seed");
    expect(catalog.lookup("30109")?.source).toBe("partial");
    expect(catalog.lookup("2013101", "econ-dept")).toBeUndefined();
    expect(catalog.lookup("2189999")).toBeUndefined();
  });

  test("path runs 类 > 款 > 项", () => {
    expect(catalog.path("2080505").map((e) => [e.code, e.name])).toEqual([
      ["208", "社会保障和就业支出"],
      ["20805", "行政事业单位养老支出"],
      ["2080505", "机关事业单位基本养老保险缴费支出"],
    ]);
    expect(catalog.path("30231").map((e) => e.code)).toEqual(["302", "30231"]);
  });

  test("renamed 类 keep their former names with the year", () => {
    expect(catalog.lookup("210")?.formerNames).toEqual([{ name: "医疗卫生与计划生育支出", until: 2019 }]);
  });

  test("branches are complete only where every child is known", () => {
    expect(catalog.isBranchComplete("", "functional")).toBe(true);
    expect(catalog.isBranchComplete("", "econ-dept")).toBe(true);
    expect(catalog.isBranchComplete("", "econ-gov")).toBe(true);
    expect(catalog.isBranchComplete("22102")).toBe(true);
    expect(catalog.isBranchComplete("302")).toBe(true);
    expect(catalog.isBranchComplete("201")).toBe(false);
    expect(catalog.isBranchComplete("20131")).toBe(false);
    expect(catalog.isBranchComplete("310")).toBe(false);
  });

  test("department → government economic code depends on the unit type", () => {
    const map = (dept: string, unit: "机关" | "事业单位"): string | undefined =>
      catalog.governmentCodeFor(dept, unit)?.code;
    expect([map("30101", "机关"), map("30101", "事业单位")]).toEqual(["50101", "50501"]);
    expect([map("30113", "机关"), map("30113", "事业单位")]).toEqual(["50103", "50501"]);
    expect([map("30201", "机关"), map("30201", "事业单位")]).toEqual(["50201", "50502"]);
    expect([map("30302", "机关"), map("30302", "事业单位")]).toEqual(["50905", "50905"]);
    expect([map("301", "机关"), map("301", "事业单位")]).toEqual(["501", "505"]);
    expect(map("30107", "机关")).toBeUndefined();
    expect(catalog.governmentMappingFor?.("30201", "机关")).toMatchObject({ govCode: "50201", source: "seed" });
    expect(catalog.governmentMappingFor?.("30217", "机关")).toMatchObject({ govCode: "50206", source: "compiled" });
  });

  test("another year answers from the 2024 rows, says so, and claims no complete branch", () => {
    const other = bundledCatalog(2025);
    expect(other.year).toBe(2025);
    expect(other.source).toContain("2025 年变化未收录");
    expect(other.lookup("2013101")?.name).toBe("行政运行");
    expect(other.isBranchComplete("", "functional")).toBe(false);
  });

  test("a non-integer year is a programming error", () => {
    expect(() => bundledCatalog(2024.5)).toThrow("year must be an integer");
  });
});

describe("catalogCoverage", () => {
  test("counts add up to the rows of the catalog", () => {
    const coverage = catalogCoverage();
    const byLevel = Object.values(coverage.byKind).flatMap((levels) => Object.values(levels));
    expect(byLevel.reduce((a, b) => a + b, 0)).toBe(coverage.rows);
    expect(Object.values(coverage.bySource).reduce((a, b) => a + b, 0)).toBe(coverage.rows);
    expect(bundledCatalog().entries?.()).toHaveLength(coverage.rows);
    expect(coverage.byKind["econ-dept"].项).toBe(0);
    expect(coverage.completeBranches).toContainEqual({ kind: "functional", parent: "" });
  });
});
