import { bundledCatalog, bundledEditionYear, catalogCoverage } from "./bundled";

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

  test("branches are complete only where a source lists every child", () => {
    expect(catalog.isBranchComplete("", "functional")).toBe(true);
    expect(catalog.isBranchComplete("302")).toBe(true);
    expect(catalog.isBranchComplete("303")).toBe(true);
    // Team knowledge alone marks no branch complete (issue #13): 221 has a 款 22198 that 2025 documents print.
    expect(catalog.isBranchComplete("221")).toBe(false);
    expect(catalog.isBranchComplete("22102")).toBe(false);
    expect(catalog.isBranchComplete("", "econ-dept")).toBe(false);
    expect(catalog.isBranchComplete("", "econ-gov")).toBe(false);
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

  test("a year after the last edition answers from the last one, says so, and claims no complete branch", () => {
    const other = bundledCatalog(2027);
    expect(other.year).toBe(2027);
    expect(other.edition).toBe(2026);
    expect(other.source).toBe("内置 2026（部分，用于 2027 年，2027 年变化未收录）");
    expect(other.lookup("2013101")?.name).toBe("行政运行");
    expect(other.isBranchComplete("", "functional")).toBe(false);
  });

  test("a year before the base answers from the base and says for which year", () => {
    expect(bundledCatalog(2023)).toMatchObject({ edition: 2024, source: "内置 2024（部分，用于 2023 年）" });
    expect(bundledCatalog(2023).isBranchComplete("", "functional")).toBe(false);
  });

  test("a non-integer year is a programming error", () => {
    expect(() => bundledCatalog(2024.5)).toThrow("year must be an integer");
  });
});

describe("editions 2025 and 2026", () => {
  test("each edition names itself; 2026 says its changes are not recorded", () => {
    expect(bundledCatalog(2025)).toMatchObject({ year: 2025, edition: 2025, source: "内置 2025（部分）" });
    expect(bundledCatalog(2026)).toMatchObject({
      year: 2026,
      edition: 2026,
      source: "内置 2026（部分，2026 年变化未收录）",
    });
    expect(bundledCatalog(2026).changes).toEqual([]);
    expect(bundledEditionYear(2030)).toBe(2026);
  });

  test("2025 adds the codes of 财预〔2025〕41号; 2024 has neither them nor they it", () => {
    const added = bundledCatalog(2025).changes?.map((c) => [c.change, c.code, c.name]);
    expect(added).toEqual([
      ["added", "2170404", "中央金融机构注资特别国债支出"],
      ["added", "22911", "中央金融机构注资特别国债财务基金支出"],
      ["added", "23107", "中央金融机构注资特别国债还本支出"],
    ]);
    expect(bundledCatalog(2025).changes?.every((c) => c.source.includes("财预〔2025〕41号"))).toBe(true);
    expect(bundledCatalog(2025).lookup("22911")).toMatchObject({ level: 2, parent: "229", source: "observed" });
    expect(bundledCatalog(2024).lookup("22911")).toBeUndefined();
    expect(bundledCatalog(2026).lookup("22911")?.name).toBe("中央金融机构注资特别国债财务基金支出");
  });

  test("the 2024 amendment of 2024-03-29 is in 2024 and carried forward", () => {
    expect(bundledCatalog(2024).lookup("22006")).toMatchObject({ name: "耕地保护考核奖惩基金支出", parent: "220" });
    expect(bundledCatalog(2026).lookup("2300412")?.name).toBe("自然资源海洋气象等");
  });

  test("codes printed by the 2025 corpus are observed rows of 2025, not of 2024", () => {
    expect(bundledCatalog(2024).lookup("2150899")).toBeUndefined();
    expect(bundledCatalog(2025).lookup("2150899")).toMatchObject({
      name: "其他支持中小企业发展和管理支出",
      source: "observed",
    });
  });

  test("22198: two names printed in two years, undecided, so neither is called wrong in 2026", () => {
    const row = bundledCatalog(2026).lookup("22198");
    expect(row?.name).toBe("超长期特别国债安排的支出");
    expect(row?.otherNames).toEqual(["其他住房保障支出"]);
    expect(bundledCatalog(2025).lookup("22198")?.otherNames).toBeUndefined();
  });
});

describe("catalogCoverage", () => {
  test("counts per year add up, and grades per level add up to the rows", () => {
    for (const year of [2024, 2025, 2026]) {
      const coverage = catalogCoverage(year);
      expect(coverage.year).toBe(year);
      expect(bundledCatalog(year).entries?.()).toHaveLength(coverage.rows);
      const graded = Object.values(coverage.byGrade).flatMap((levels) =>
        Object.values(levels).flatMap((grades) => Object.values(grades)),
      );
      expect(graded.reduce((a, b) => a + (b ?? 0), 0)).toBe(coverage.rows);
    }
    expect(catalogCoverage(2026).rows).toBeGreaterThan(catalogCoverage(2025).rows);
    expect(catalogCoverage(2026).completeBranches).toEqual([]);
  });

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
