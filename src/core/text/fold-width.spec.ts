import { foldWidth } from "./fold-width";

describe("foldWidth", () => {
  test.each([
    ["１,２４１．６６", "1,241.66"],
    ["（２０．００）", "(20.00)"],
    ["－２０", "-20"],
    ["\u221220", "-20"],
    ["７６．６２％", "76.62%"],
    ["２０１\u3000３１\u00a0０１", "201 31 01"],
    ["Ａｂｃ～！", "Abc~!"],
  ])("%s → %s", (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });

  test("keeps CJK punctuation and text outside the full-width ASCII block", () => {
    expect(foldWidth("一般公共服务支出。“三公”经费、【项目】￥")).toBe("一般公共服务支出。“三公”经费、【项目】￥");
  });

  test("returns text with nothing to fold as the same string", () => {
    const text = "行政运行 1241.66";
    expect(foldWidth(text)).toBe(text);
  });
});
