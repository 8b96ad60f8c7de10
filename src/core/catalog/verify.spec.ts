import type { CatalogEntry } from "./types";
import { createCatalog } from "./memory-catalog";
import { isLeafCode, verifyCode, verifyName } from "./verify";

const row = (code: string, name: string, source: CatalogEntry["source"] = "seed"): CatalogEntry => ({
  code,
  name,
  kind: "functional",
  level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
  ...(code.length > 3 ? { parent: code.slice(0, -2) } : {}),
  source,
  evidence: "test",
});

const entries = [
  row("201", "一般公共服务支出"),
  row("20131", "党委办公厅（室）及相关机构事务", "compiled"),
  row("2013101", "行政运行"),
  row("221", "住房保障支出"),
  row("22102", "住房改革支出", "compiled"),
  row("2210201", "住房公积金"),
  row("227", "预备费"),
];
const data = { year: 2024, entries, mappings: [] };
const bundled = createCatalog({
  ...data,
  source: "内置",
  official: false,
  completeBranches: [
    { kind: "functional", parent: "" },
    { kind: "functional", parent: "22102" },
    { kind: "functional", parent: "227" },
  ],
});
const loaded = createCatalog({ ...data, source: "科目表.xlsx", official: true, completeBranches: [] });

describe("verifyCode grades an absent code by what the catalog can tell", () => {
  test.each([
    ["a listed code", "2013101", bundled, { status: "known" }],
    [
      "a 项 under a 款 whose 项 are all listed",
      "2210209",
      bundled,
      { status: "absent", severity: "warning", branch: "22102", branchComplete: true },
    ],
    [
      "a 项 under a 款 not known to be complete",
      "2013104",
      bundled,
      { status: "absent", severity: "info", branch: "20131", branchComplete: false },
    ],
    [
      "a 项 under a 类 that does not exist",
      "2189999",
      bundled,
      { status: "absent", severity: "warning", branch: "21899", branchComplete: false },
    ],
    [
      "a 类 that does not exist",
      "218",
      bundled,
      { status: "absent", severity: "warning", branch: "", branchComplete: true },
    ],
    [
      "any absent code in a loaded catalog",
      "2013104",
      loaded,
      { status: "absent", severity: "error", catalog: "科目表.xlsx" },
    ],
  ] as const)("%s", (_label, code, catalog, expected) => {
    expect(verifyCode(catalog, code)).toMatchObject(expected);
  });
});

describe("verifyName", () => {
  const health: CatalogEntry = {
    ...row("210", "卫生健康支出"),
    formerNames: [{ name: "医疗卫生与计划生育支出", until: 2019 }],
  };

  test.each([
    ["the same name, spaced", row("2013101", "行政运行"), "行 政 运 行", { match: "same" }],
    [
      "a wrong name against a seed row",
      row("2013101", "行政运行"),
      "事业运行",
      { match: "different", expected: "行政运行", severity: "error" },
    ],
    [
      "a wrong name against a compiled row",
      row("20131", "党委办公厅（室）及相关机构事务", "compiled"),
      "党委办公室",
      { match: "different", severity: "warning" },
    ],
    [
      "an obsolete name",
      health,
      "医疗卫生与计划生育支出",
      { match: "former", current: "卫生健康支出", until: 2019, severity: "warning" },
    ],
  ] as const)("%s", (_label, entry, printed, expected) => {
    expect(verifyName(entry, printed)).toMatchObject(expected);
  });
});

describe("isLeafCode", () => {
  test.each([
    ["a 项", "2013101", true],
    ["a 类 with listed 款", "201", false],
    ["a 款 with listed 项", "22102", false],
    ["a 类 known to have no 款", "227", true],
    ["a 款 whose 项 are unknown", "20199", undefined],
    ["an economic 款", "30101", true],
  ] as const)("%s", (_label, code, expected) => {
    expect(isLeafCode(bundled, code)).toBe(expected);
  });
});
