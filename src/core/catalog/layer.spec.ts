import type { CatalogEntry } from "./types";
import { createCatalog } from "./memory-catalog";
import { layerCatalogs } from "./layer";

const row = (code: string, name: string, source: CatalogEntry["source"]): CatalogEntry => ({
  code,
  name,
  kind: code.startsWith("2") ? "functional" : code.startsWith("3") ? "econ-dept" : "econ-gov",
  level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
  ...(code.length > 3 ? { parent: code.slice(0, -2) } : {}),
  source,
  evidence: "test",
});

const official = createCatalog({
  year: 2024,
  source: "财政局2024科目.xlsx",
  official: true,
  entries: [row("201", "一般公共服务支出", "official"), row("2013101", "行政运行（官方）", "official")],
  completeBranches: [{ kind: "functional", parent: "201" }],
  mappings: [],
});
const bundled = createCatalog({
  year: 2024,
  source: "内置 2024（部分）",
  official: false,
  entries: [
    row("201", "一般公共服务", "compiled"),
    row("20131", "党委办公厅（室）及相关机构事务", "compiled"),
    row("2013101", "行政运行", "seed"),
    row("30101", "基本工资", "partial"),
    row("50101", "工资奖金津补贴", "partial"),
  ],
  completeBranches: [{ kind: "functional", parent: "20131" }],
  mappings: [{ deptCode: "30101", govCode: "50101", unitType: "机关", source: "partial", evidence: "S2" }],
});

describe("layerCatalogs", () => {
  const layered = layerCatalogs(official, bundled);

  test("the loaded catalog answers first and says so", () => {
    expect(layered.lookup("2013101")).toMatchObject({
      name: "行政运行（官方）",
      source: "official",
      catalog: "财政局2024科目.xlsx",
    });
    expect(layered.lookup("201")).toMatchObject({ name: "一般公共服务支出", source: "official" });
  });

  test("the fallback fills what the loaded catalog lacks, keeping its own source", () => {
    expect(layered.lookup("20131")).toMatchObject({ source: "compiled", catalog: "内置 2024（部分）" });
    expect(layered.path("2013101").map((e) => [e.code, e.source])).toEqual([
      ["201", "official"],
      ["20131", "compiled"],
      ["2013101", "official"],
    ]);
  });

  test("the result names both catalogs and is official when the loaded one is", () => {
    expect(layered).toMatchObject({ year: 2024, source: "财政局2024科目.xlsx + 内置 2024（部分）", official: true });
  });

  test("a branch is complete when either catalog lists all of it", () => {
    expect(layered.isBranchComplete("201")).toBe(true);
    expect(layered.isBranchComplete("20131")).toBe(true);
    expect(layered.isBranchComplete("208")).toBe(false);
  });

  test("the economic mapping comes from whichever catalog has it", () => {
    expect(layered.governmentCodeFor("30101", "机关")).toMatchObject({ code: "50101", source: "partial" });
    expect(layered.governmentMappingFor?.("30101", "机关")).toEqual({
      deptCode: "30101",
      govCode: "50101",
      unitType: "机关",
      source: "partial",
      evidence: "S2",
    });
    expect(layered.governmentCodeFor("30101", "事业单位")).toBeUndefined();
  });

  test("entries lists each code once, the loaded row first", () => {
    expect(layered.entries?.().map((e) => `${e.code}:${e.source}`)).toEqual([
      "201:official",
      "2013101:official",
      "20131:compiled",
      "30101:partial",
      "50101:partial",
    ]);
  });
});
