import { dropXmlInvalid, escapeControls, escapeControlsInJson } from "./control-characters";

describe("escapeControls", () => {
  test.each([
    ["\u0000", "\\x00"],
    ["\t", "\\x09"],
    ["\n", "\\x0a"],
    ["\u001b[2J", "\\x1b[2J"],
    ["\u007f", "\\x7f"],
    ["\u0085", "\\x85"],
    ["\u009b", "\\x9b"],
    ["\u061c", "\\u061c"],
    ["\u200e\u200f", "\\u200e\\u200f"],
    ["\u202a\u202e", "\\u202a\\u202e"],
    ["\u2066\u2069", "\\u2066\\u2069"],
  ])("%j → %s", (raw, shown) => {
    expect(escapeControls(`a${raw}b`)).toBe(`a${shown}b`);
  });

  test("ordinary text, Chinese, emoji and nearby characters are left alone", () => {
    const text = "部门支出 1,261.66 万元 ¥ \u00a0 \u2065 \u206a \u202f 😀 ~";
    expect(escapeControls(text)).toBe(text);
  });
});

test("escapeControlsInJson writes DEL, C1, bidi marks and line separators as JSON escapes of the same value", () => {
  const value = { text: "a\u001b\u007f\u009b\u202e\u2028\u2069b" };
  const json = escapeControlsInJson(JSON.stringify(value));
  expect(json).toBe(String.raw`{"text":"a\u001b\u007f\u009b\u202e\u2028\u2069b"}`);
  expect(JSON.parse(json)).toEqual(value);
});

test("dropXmlInvalid drops C0 except tab, newline, return; U+FFFE/U+FFFF; lone surrogates, and keeps pairs", () => {
  expect(dropXmlInvalid("a\u0000\u0007\u001b\t\n\rb\ufffe\uffff\u0085\u202e")).toBe("a\t\n\rb\u0085\u202e");
  expect(dropXmlInvalid("x\ud800y\udc00z😀")).toBe("xyz😀");
});
