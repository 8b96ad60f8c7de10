import { changesOnNormalising, normaliseText } from "./text";

test("normaliseText removes spaces and quotes, and makes brackets and colons half-width", () => {
  expect(normaliseText(" 单位（科目名称）：\u3000“合 计”\u00a0")).toBe("单位(科目名称):合计");
  expect(normaliseText("［2013101】行政运行")).toBe("(2013101)行政运行");
  expect(normaliseText("「一般」『公共』\t服务\r\n")).toBe("一般公共服务");
  expect([normaliseText(null), normaliseText(undefined), normaliseText(12.5)]).toEqual(["", "", "12.5"]);
  const plain = "行政运行";
  expect(normaliseText(plain)).toBe(plain);
});

test("the characters normalising changes are exactly those of its rule: JavaScript's \\s and the listed marks", () => {
  // The rule as a regex, which the table of code units replaces for speed.
  const rule = /[\s\u3000\u00a0（［【）］】：“”"「」『』]/;
  const differing: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (changesOnNormalising(ch) !== rule.test(ch)) differing.push(c);
  }
  expect(differing).toEqual([]);
});
