import { isMarkNoteText, markNoteText } from "../../src/host/excel/mark-style";

describe("markNoteText", () => {
  it.each([
    [
      "zh",
      [
        { severity: "warning", message: "尾差" },
        { severity: "error", message: "不等" },
      ],
      "【预算校验】\n错误：不等\n警告：尾差",
    ],
    ["en", [{ severity: "warning", message: "tail" }], "[Budget Check]\nWarning: tail"],
  ] as const)("%s %j", (language, lines, expected) => {
    expect(markNoteText(lines, language)).toBe(expected);
  });
});

describe("isMarkNoteText", () => {
  it.each([
    ["【预算校验】\n错误：不等", true],
    ["[Budget Check]\nWarning: tail", true],
    ["【预算校验】", false],
    ["用户：【预算校验】\n", false],
  ])("%j → %s", (text, expected) => {
    expect(isMarkNoteText(text)).toBe(expected);
  });
});
