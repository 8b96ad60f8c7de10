import { createCatalog } from "../../src/core";
import { catalogSource, codeName, codePath, codeValid, govCode, joinCode } from "../../src/functions/impl/codes";
import { useLoadedCatalog } from "../../src/functions/impl/catalog-registry";
import type { ExcelArg } from "../../src/functions/impl/coerce";

const BUNDLED = "内置 2024（部分）";

describe("BUDGET.CODE", () => {
  test.each([
    ["seed 02 A10:C10 as numbers", 201, 31, 1, "2013101"],
    ["as text", "201", "31", "01", "2013101"],
    ["seed 02 A24:C24", 223, 1, 5, "2230105"],
    ["a 款 row: blank 项 arrives as 0", 201, 31, 0, "20131"],
    ["a 类 row", 201, null, undefined, "201"],
    ["one cell with spaces", "201 31 01", undefined, undefined, "2013101"],
    ["economic 款", 302, 31, undefined, "30231"],
  ] as [string, ExcelArg, ExcelArg, ExcelArg, string][])("%s", (_what, lei, kuan, xiang, expected) => {
    expect(joinCode(lei, kuan, xiang)).toBe(expected);
  });

  test.each([
    ["blank 款 between 类 and 项", 201, 0, 1, '编码「201||1」缺少款 / code "201||1" misses the 款'],
    ["a label", "合计", undefined, undefined, '编码「合计」不是编码 / code "合计" is not a code'],
    ["a 4-digit 类", 2013, 1, undefined, '编码「2013|1|」位数不对 / code "2013|1|" has the wrong number of digits'],
  ] as [string, ExcelArg, ExcelArg, ExcelArg, string][])("%s → #VALUE!", (_what, lei, kuan, xiang, message) => {
    expect(joinCode(lei, kuan, xiang)).toEqual({ error: "#VALUE!", message });
  });
});

describe("BUDGET.NAME / PATH / VALID / SOURCE against the bundled catalog", () => {
  test.each([
    [2013101, undefined, "行政运行"],
    ["[2013101]行政运行", undefined, "行政运行"],
    ["201 31 50", undefined, "事业运行"],
    [2230105, 2024, "国有企业退休人员社会化管理补助支出"],
    [210, undefined, "卫生健康支出"],
    [210, 2018, "医疗卫生与计划生育支出"], // renamed in 2019
    [210, 2019, "卫生健康支出"],
    [30231, undefined, "公务用车运行维护费"],
    [50501, undefined, "工资福利支出"],
  ] as [ExcelArg, number | undefined, string][])("NAME(%p, %p) = %s", (code, year, expected) => {
    expect(codeName(code, year)).toBe(expected);
  });

  test("NAME of a code the catalog lacks is #N/A naming the catalog", () => {
    expect(codeName(2013188)).toEqual({
      error: "#N/A",
      message: `${BUNDLED}中没有 2013188 / 2013188 is not in ${BUNDLED}`,
    });
  });

  test("NAME of a malformed code is #VALUE!", () => {
    expect(codeName("2013 101")).toEqual({
      error: "#VALUE!",
      message: '编码「2013 101」分段不在类/款/项边界 / code "2013 101" is split off the 类/款/项 boundaries',
    });
  });

  test("a year outside 2000–2100 is #NUM!", () => {
    expect(codeName(201, 1999)).toEqual({
      error: "#NUM!",
      message: "year 须为 2000–2100 的整数 / year must be a whole number 2000–2100",
    });
  });

  test.each([
    [2013101, undefined, "一般公共服务支出 > 党委办公厅（室）及相关机构事务 > 行政运行"],
    [2210201, undefined, "住房保障支出 > 住房改革支出 > 住房公积金"],
    [2101101, 2018, "医疗卫生与计划生育支出 > 行政事业单位医疗 > 行政单位医疗"],
    [201, undefined, "一般公共服务支出"],
    [30101, undefined, "工资福利支出 > 基本工资"],
  ] as [ExcelArg, number | undefined, string][])("PATH(%p, %p) = %s", (code, year, expected) => {
    expect(codePath(code, year)).toBe(expected);
  });

  test.each([
    ["listed", 2013101, undefined, true],
    ["a 类 missing from the complete list of 类", 218, undefined, false],
    ["a 款 missing under a complete 类 (302)", 30298, undefined, false],
  ] as [string, ExcelArg, number | undefined, boolean][])("VALID: %s", (_what, code, year, expected) => {
    expect(codeValid(code, year)).toBe(expected);
  });

  test.each([
    ["a 项 under a 款 the bundled catalog does not list completely", 2013188, undefined, BUNDLED],
    ["another year: the 2025 edition marks no branch complete", 2210299, 2025, "内置 2025（部分）"],
  ] as [string, ExcelArg, number | undefined, string][])(
    "VALID cannot tell: %s → #N/A",
    (_what, code, year, catalog) => {
      expect(codeValid(code, year)).toEqual({
        error: "#N/A",
        message: `${catalog}未完整收录该分支，无法判断 ${String(code)} / ${catalog} does not list the whole branch: cannot tell about ${String(code)}`,
      });
    },
  );

  test.each([
    [undefined, undefined, BUNDLED],
    [null, 2025, "内置 2025（部分）"],
    [null, 2027, "内置 2026（部分，用于 2027 年，2027 年变化未收录）"],
    [2013101, undefined, `${BUNDLED} · seed`],
    [20131, undefined, `${BUNDLED} · compiled`],
  ] as [ExcelArg, number | undefined, string][])("SOURCE(%p, %p) = %s", (code, year, expected) => {
    expect(catalogSource(code, year)).toBe(expected);
  });
});

describe("BUDGET.GOVCODE", () => {
  test.each([
    [30101, "机关", "50101"],
    [30101, "事业单位", "50501"],
    ["30305", "机关", "50901"], // seed 05: 30305 生活补助 → 50901
    [30231, "行政单位", "50208"],
    [30302, "事业", "50905"],
  ] as [ExcelArg, string, string][])("GOVCODE(%p, %s) = %s", (code, unitType, expected) => {
    expect(govCode(code, unitType)).toBe(expected);
  });

  test.each([
    [
      "an unknown unit type",
      30101,
      "企业",
      { error: "#VALUE!", message: '单位类型须为 "机关" 或 "事业单位" / unit type must be "机关" or "事业单位"' },
    ],
    [
      "a functional code",
      2013101,
      "机关",
      { error: "#VALUE!", message: "2013101 不是部门预算经济分类编码 / 2013101 is not a department economic code" },
    ],
    [
      "no mapping known",
      399,
      "机关",
      { error: "#N/A", message: `${BUNDLED}中没有 399（机关）的对照 / ${BUNDLED} has no mapping for 399 (机关)` },
    ],
  ] as [string, ExcelArg, string, object][])("%s → error", (_what, code, unitType, expected) => {
    expect(govCode(code, unitType)).toEqual(expected);
  });
});

describe("a loaded catalog answers first and says so", () => {
  const loaded = createCatalog({
    year: 2024,
    source: "凤泉区财政局 2024 科目表",
    official: true,
    entries: [
      {
        code: "2013102",
        name: "一般行政管理事务",
        kind: "functional",
        level: 3,
        parent: "20131",
        source: "official",
        evidence: "test",
      },
    ],
    completeBranches: [],
    mappings: [],
  });
  const layered = `凤泉区财政局 2024 科目表 + ${BUNDLED}`;

  beforeAll(() => useLoadedCatalog(loaded));
  afterAll(() => useLoadedCatalog(undefined));

  test.each([
    ["NAME from the loaded catalog", () => codeName(2013102), "一般行政管理事务"],
    ["its SOURCE", () => catalogSource(2013102), "凤泉区财政局 2024 科目表 · official"],
    ["a bundled row still answers behind it", () => catalogSource(2013101), `${BUNDLED} · seed`],
    ["SOURCE of the catalog in use", () => catalogSource(), layered],
    ["absent from an official catalog is FALSE", () => codeValid(2013188), false],
    ["another year falls back to the bundled catalog", () => codeValid(2013188, 2025), undefined],
  ] as [string, () => unknown, unknown][])("%s", (_what, call, expected) => {
    const result = call();
    if (expected === undefined) expect(result).toMatchObject({ error: "#N/A" });
    else expect(result).toEqual(expected);
  });
});

describe("the loaded catalog is shared by every bundle on the page", () => {
  test("another copy of the registry module sees the catalog this one loaded", () => {
    const loaded = createCatalog({
      year: 2024,
      source: "局发目录",
      official: true,
      entries: [],
      completeBranches: [],
      mappings: [],
    });
    useLoadedCatalog(loaded);
    try {
      jest.isolateModules(() => {
        const other =
          require("../../src/functions/impl/catalog-registry") as typeof import("../../src/functions/impl/catalog-registry");
        expect(other.catalogFor().source).toBe(`局发目录 + ${BUNDLED}`);
      });
    } finally {
      useLoadedCatalog(undefined);
    }
  });
});
