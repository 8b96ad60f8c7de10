import { en, zhCN } from "../../src/taskpane/i18n";
import type { PaneStrings } from "../../src/taskpane/i18n";

/** Every label, called with sample arguments where it is a function, so an empty or missing text shows up. */
function rendered(strings: PaneStrings): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (prefix: string, value: unknown): void => {
    if (typeof value === "string") out[prefix] = value;
    else if (typeof value === "function")
      out[prefix] = String((value as (...args: unknown[]) => unknown)("X", 2, true));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(`${prefix}.${k}`, v);
  };
  visit("", strings);
  return out;
}

describe("pane labels", () => {
  const zh = rendered(zhCN);
  const english = rendered(en);

  it("have the same keys in Chinese and English", () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(rendered(zhCN)))("%s is a non-empty text in both languages", (key) => {
    expect(zh[key]?.trim()).not.toBe("");
    expect(english[key]?.trim()).not.toBe("");
    expect(zh[key]).not.toMatch(/undefined|\[object/);
    expect(english[key]).not.toMatch(/undefined|\[object/);
  });

  it("Chinese labels are Chinese and English labels contain no Chinese (except names the user sees in Chinese: 元, 类/款/项, 中文)", () => {
    expect(zhCN.rerun).toBe("重新校验");
    expect(zhCN.severity).toEqual({ error: "错误", warning: "警告", info: "提示" });
    const han = /[\u4e00-\u9fff]/;
    const allowed = new Set([".languageNames.zh"]);
    const chineseInEnglish = Object.entries(english).filter(([key, text]) => han.test(text) && !allowed.has(key));
    expect(chineseInEnglish).toEqual([]);
  });
});
