import { bundledCatalog } from "../../src/core/catalog";
import { englishCatalogSource } from "../../src/core";

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe("englishCatalogSource", () => {
  it.each([
    ["内置 2024（部分）", "bundled 2024 (partial)"],
    ["内置 2026（部分，2026 年变化未收录）", "bundled 2026 (partial; changes of 2026 not included)"],
    [
      "内置 2026（部分，用于 2027 年，2027 年变化未收录）",
      "bundled 2026 (partial, used for 2027; changes of 2027 not included)",
    ],
  ])("%s → %s", (source, english) => {
    expect(englishCatalogSource(source)).toBe(english);
  });

  it.each([2023, 2024, 2025, 2026, 2027])("the bundled catalog named for %i leaves no Chinese", (year) => {
    expect(englishCatalogSource(bundledCatalog(year).source)).not.toMatch(CJK);
  });

  it("a loaded catalog's own name stays as the user wrote it", () => {
    expect(englishCatalogSource("财政局下发 2025 科目表.xlsx")).toBe("财政局下发 2025 科目表.xlsx");
  });
});
