import { coverageOf } from "./coverage";

describe("how many budget units a 部门 says it covers", () => {
  test("普陀区人民政府办公室 2025 (source.txt lines 46–49): 本部 + 1 下属事业单位 that 不单列预算 → 1", () => {
    const text = [
      "上海市普陀区人民政府办公室部门预算是包括上海市普陀区人民政府办公室本部以及下属1家事业单位的综合收支计划。",
      "本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：",
      "1.上海市普陀区人民政府办公室本部。",
      "2.下属事业单位上海市普陀区交流服务中心不单列预算，并入本部。",
    ].join("\n");
    expect(coverageOf(text).units).toBe(1);
  });

  test("普陀区商务委员会 2025 (source.txt lines 75–78): 本部 + 1 下属预算单位 that 不单列预算 → 1", () => {
    const text = [
      "上海市普陀区商务委员会部门预算是包括商务委本部以及下属1家预算单位的综合收支计划。",
      "本部门中，行政单位1家，事业单位1家，具体包括：",
      "1.商务委本部，上海市普陀区商务委员会机关设9个内设机构。",
      "2.上海市普陀区中小企业服务中心，不单列预算。",
    ].join("\n");
    expect(coverageOf(text).units).toBe(1);
  });

  test("本部 and two units with budgets of their own → 3; the list's names are kept for pairing", () => {
    const coverage = coverageOf(
      "测试局部门预算是包括测试局本部以及下属2家事业单位的综合收支计划。\n1.测试局本部。\n2.测试局信息中心。\n3.测试局培训中心。",
    );
    expect(coverage.units).toBe(3);
    expect(coverage.names).toContain("测试局信息中心");
  });

  test("Chinese numerals: 下属三家 → 4", () => {
    expect(coverageOf("本部门预算包括机关本级及下属三家单位。").units).toBe(4);
  });

  test("the same 不单列预算 sentence said again in the 情况说明 counts once", () => {
    const text = "部门预算包括本部以及下属2家单位。\n1.甲中心不单列预算。\n1.甲中心不单列预算。";
    expect(coverageOf(text).units).toBe(2);
  });

  test("no count, no 本部, or more units without a budget than listed: unknown", () => {
    expect(coverageOf("部门预算包括本部等单位。").units).toBeUndefined();
    expect(coverageOf("部门预算包括下属2家单位。").units).toBeUndefined();
    expect(coverageOf("部门预算包括本部以及下属1家单位。\n甲不单列预算。\n乙并入本部。").units).toBeUndefined();
    expect(coverageOf("主要职能：贯彻执行有关方针政策。").units).toBeUndefined();
  });
});
