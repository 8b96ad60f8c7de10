import type { CatalogEntry } from "./types";
import { compareName, normaliseName, sameName } from "./names";

const health: CatalogEntry = {
  code: "210",
  name: "卫生健康支出",
  kind: "functional",
  level: 1,
  source: "seed",
  evidence: "test",
  formerNames: [{ name: "医疗卫生与计划生育支出", until: 2019 }],
};

describe("name comparison", () => {
  test.each([
    ["因 公 出 国 （ 境 ） 费用", "因公出国（境）费用"],
    ["因公出国(境)费用", "因公出国（境）费用"],
    ["其他党委办公厅(室)及相关机构事务支出", "其他党委办公厅（室）及相关机构事务支出"],
    ["行政\u3000运行", "行政运行"],
  ])("%s is the same name as %s", (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  test("different words stay different", () => {
    expect(sameName("其它公立医院支出", "其他公立医院支出")).toBe(false);
    expect(normaliseName(" 行政 运行 ")).toBe("行政运行");
  });

  test("a current name, a former name and a wrong name", () => {
    expect(compareName(health, "卫生 健康支出")).toEqual({ match: "same" });
    expect(compareName(health, "医疗卫生与计划生育支出")).toEqual({
      match: "former",
      current: "卫生健康支出",
      until: 2019,
    });
    expect(compareName(health, "医疗卫生支出")).toEqual({ match: "different", expected: "卫生健康支出" });
  });

  test("short forms without 支出 only when asked for", () => {
    expect(compareName(health, "卫生健康")).toEqual({ match: "different", expected: "卫生健康支出" });
    expect(compareName(health, "卫生健康", { acceptShortForm: true })).toEqual({ match: "same" });
    expect(compareName(health, "医疗卫生与计划生育", { acceptShortForm: true })).toEqual({
      match: "former",
      current: "卫生健康支出",
      until: 2019,
    });
    expect(compareName(health, "卫生", { acceptShortForm: true })).toEqual({
      match: "different",
      expected: "卫生健康支出",
    });
  });

  test("a former name is right for a year before the rename", () => {
    expect(compareName(health, "医疗卫生与计划生育支出", { year: 2018 })).toEqual({ match: "same" });
    expect(compareName(health, "医疗卫生与计划生育支出", { year: 2019 })).toMatchObject({
      match: "former",
      until: 2019,
    });
  });
});
