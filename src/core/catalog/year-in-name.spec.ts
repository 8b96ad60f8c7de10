import { yearInFileName } from "./year-in-name";

describe("yearInFileName", () => {
  test.each([
    ["pt-commerce-2025-dept.xlsx", 2025],
    ["2026年部门预算.xlsx", 2026],
    ["上海市普陀区商务委员会25年预算.xlsx", 2025],
    ["budget_2024_final.xlsx", 2024],
  ])("%s → %i", (name, year) => {
    expect(yearInFileName(name)).toBe(year);
  });

  test.each(["部门预算.xlsx", "2024-2025对比.xlsx", "report-120250.xlsx", "v12025x.xlsx"])("%s → none", (name) => {
    expect(yearInFileName(name)).toBeUndefined();
  });
});
