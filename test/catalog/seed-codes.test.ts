/** Every code the seed disclosure prints is in the bundled catalog, with the name the seed prints. */
import { bundledCatalog, normaliseCode, sameName } from "../../src/core/catalog";
import type { UnitType } from "../../src/core/catalog";
import { seedCsv } from "./evidence";

const catalog = bundledCatalog(2024);

/** 类 | 款 | 项 | 单位代码 | 名称 rows of the seed's expenditure tables (02 部门支出预算表, 04 一般公共预算支出预算表). */
function seedFunctionalRows(): [string, string][] {
  const rows: [string, string][] = [];
  for (const table of ["02-", "04-"]) {
    for (const cells of seedCsv(table)) {
      if (!/^\d{3}$/u.test(cells[0] ?? "")) continue;
      const read = normaliseCode([cells[0] ?? null, cells[1] ?? null, cells[2] ?? null]);
      if (!read.ok) throw new Error(`seed row ${cells.join(",")} unreadable`);
      rows.push([read.code, cells[4] ?? ""]);
    }
  }
  return rows;
}

describe("functional codes of the seed", () => {
  const listed = [
    "2012801",
    "2012901",
    "2013101",
    "2013150",
    "2013199",
    "2013601",
    "2013699",
    "2019999",
    "2080501",
    "2080502",
    "2080505",
    "2080801",
    "2089999",
    "2101101",
    "2101102",
    "2210201",
    "2230105",
  ];

  test("the seed's expenditure tables use exactly the codes the brief lists", () => {
    expect([...new Set(seedFunctionalRows().map(([code]) => code))].sort()).toEqual(listed);
  });

  test.each(seedFunctionalRows())("%s %s is in the catalog with that name", (code, name) => {
    const entry = catalog.lookup(code);
    expect(entry).toMatchObject({ code, kind: "functional", level: 3, parent: code.slice(0, 5) });
    expect(sameName(entry?.name ?? "", name)).toBe(true);
  });

  test("each seed code has its 类 above it", () => {
    for (const code of listed) expect(catalog.path(code).map((e) => e.code)[0]).toBe(code.slice(0, 3));
  });
});

/** 科目编码 | 科目名称 | 政府经济分类编码 | 名称 rows of 05 一般公共预算基本支出表. */
const econRows = seedCsv("05-").filter((cells) => /^3\d{2,4}$/u.test(cells[0] ?? ""));

describe("economic codes of the seed (05 一般公共预算基本支出表)", () => {
  test.each(econRows.map((c) => [c[0] ?? "", c[1] ?? "", c[2] ?? "", c[3] ?? ""]))(
    "%s %s / %s %s are in the catalog with those names",
    (dept, deptName, gov, govName) => {
      expect(sameName(catalog.lookup(dept, "econ-dept")?.name ?? "", deptName)).toBe(true);
      expect(sameName(catalog.lookup(gov, "econ-gov")?.name ?? "", govName)).toBe(true);
    },
  );

  // The seed's unit has a 机关 part and a 事业 part (2013101 行政运行 and 2013150 事业运行): a 505 target is the
  // 事业单位 side, 501/502 the 机关 side, 509 either. Its class-level row 302 → 50299 is not a mapping.
  const pairs = econRows.filter((c) => (c[0] ?? "").length === 5).map((c) => [c[0] ?? "", c[2] ?? ""] as const);
  const unitTypesFor = (gov: string): UnitType[] =>
    gov.startsWith("505") ? ["事业单位"] : gov.startsWith("509") ? ["机关", "事业单位"] : ["机关"];
  test.each(pairs.flatMap(([dept, gov]) => unitTypesFor(gov).map((u) => [dept, u, gov] as const)))(
    "%s for a %s maps to %s",
    (dept, unitType, gov) => {
      expect(catalog.governmentCodeFor(dept, unitType)?.code).toBe(gov);
    },
  );
});

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "三十四" → 34, "十五" → 15, "二十" → 20. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const t = tens === undefined ? 0 : text.includes("十") ? (tens === "" ? 1 : (NUMERALS[tens] ?? NaN)) : 0;
  return t * 10 + (ones ? (NUMERALS[ones] ?? NaN) : 0);
}

describe("the class list (01 部门收支预算表: 一 = 201 … 三十四 = 234)", () => {
  const classes = seedCsv("01-")
    .map((cells) => /^([一二三四五六七八九十]+)、/u.exec(cells[2] ?? "")?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => String(200 + chineseNumber(n)));

  test("the seed lists 30 classes", () => {
    expect(classes).toHaveLength(30);
    expect(classes).toContain("234");
    expect(classes).not.toContain("218");
  });

  test("the catalog has exactly those 类 and says the list is complete", () => {
    const functionalClasses = (catalog.entries?.() ?? []).filter((e) => e.kind === "functional" && e.level === 1);
    expect(functionalClasses.map((e) => e.code).sort()).toEqual([...classes].sort());
    expect(catalog.isBranchComplete("", "functional")).toBe(true);
  });
});
