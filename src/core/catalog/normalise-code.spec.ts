import type { CellValue } from "../grid/snapshot";
import { normaliseCode } from "./normalise-code";

describe("normaliseCode reads every way a code is printed", () => {
  const readable: [string, CellValue | readonly CellValue[], string][] = [
    ["joined text", "2013101", "2013101"],
    ["joined number", 2013101, "2013101"],
    ["spaced", "201 31 01", "2013101"],
    ["hyphens", "201-31-01", "2013101"],
    ["full-width digits and space", "２０１　３１　０１", "2013101"],
    ["surrounding blanks", "  2013101 ", "2013101"],
    ["split text cells", ["201", "31", "01"], "2013101"],
    ["split numbers that lost a leading zero", [201, 31, 1], "2013101"],
    ["split mixed", [201, "31", 1], "2013101"],
    ["split 款 row", [201, 31, null], "20131"],
    ["split 类 row", [201, null, null], "201"],
    ["split cells, code joined in the first", ["2013101", null, null], "2013101"],
    ["split 50 事业运行", [201, 31, 50], "2013150"],
    ["类", "201", "201"],
    ["款", "20131", "20131"],
    ["department economic 款", "30101", "30101"],
    ["department economic split", [301, 1], "30101"],
    ["department economic split text", ["301", "01"], "30101"],
    ["government economic 款", 50501, "50501"],
    ["government economic 类", "509", "509"],
    ["款 boundary then 项", "20131 01", "2013101"],
  ];
  test.each(readable)("%s", (_label, input, code) => {
    expect(normaliseCode(input)).toMatchObject({ ok: true, code });
  });

  test("a code in brackets keeps the name printed after it", () => {
    expect(normaliseCode("[2013101]行政运行")).toEqual({
      ok: true,
      code: "2013101",
      kind: "functional",
      level: 3,
      name: "行政运行",
    });
    expect(normaliseCode("【30101】基本工资")).toEqual({
      ok: true,
      code: "30101",
      kind: "econ-dept",
      level: 2,
      name: "基本工资",
    });
    expect(normaliseCode("2080505 机关事业单位基本养老保险缴费支出")).toEqual({
      ok: true,
      code: "2080505",
      kind: "functional",
      level: 3,
      name: "机关事业单位基本养老保险缴费支出",
    });
  });

  test.each([
    ["2013101-行政运行", "行政运行"],
    ["2013101：行政运行", "行政运行"],
    ["（2013101）行政运行", "行政运行"],
    ["［30231］公务用车运行维护费", "公务用车运行维护费"],
  ])("punctuation between code and name: %s", (input, name) => {
    expect(normaliseCode(input)).toMatchObject({ ok: true, name });
  });

  test("kind and level come from the first digit and the length", () => {
    expect(normaliseCode("201")).toEqual({ ok: true, code: "201", kind: "functional", level: 1 });
    expect(normaliseCode("302")).toEqual({ ok: true, code: "302", kind: "econ-dept", level: 1 });
    expect(normaliseCode("50905")).toEqual({ ok: true, code: "50905", kind: "econ-gov", level: 2 });
  });
});

describe("normaliseCode reports what it cannot read, never guesses", () => {
  const malformed: [string, CellValue | readonly CellValue[], string][] = [
    ["blank", null, "empty"],
    ["blank text", "   ", "empty"],
    ["split all blank", [null, "", null], "empty"],
    ["text without digits", "行政运行", "not-a-code"],
    ["boolean", true, "not-a-code"],
    ["six digits", "201310", "wrong-length"],
    ["eight digits", "20131011", "wrong-length"],
    ["four digits", 2013, "wrong-length"],
    ["seven-digit economic code", "3010101", "wrong-length"],
    ["decimal number", 201.31, "not-integer"],
    ["negative number", -201, "not-integer"],
    ["letter inside", "20131O1", "stray-characters"],
    ["letters after", "2013101abc", "stray-characters"],
    ["digits after a name", "2013101 行政运行2", "stray-characters"],
    ["grouping across the 类 boundary", "2013 101", "ambiguous-grouping"],
    ["grouping 20 131 01", "20 131 01", "ambiguous-grouping"],
    ["one-digit 款 as text", ["201", "1", "01"], "wrong-length"],
    ["three-digit 款 number", [201, 131, 1], "wrong-length"],
    ["blank 款 between 类 and 项", [201, null, 1], "missing-part"],
    ["zero 款 (a blank read as 0)", [201, 0, 1], "zero-part"],
    ["too many parts", [201, 31, 1, 1], "wrong-length"],
    ["first digit 1 (revenue)", "1010101", "unknown-kind"],
    ["first digit 4", "401", "unknown-kind"],
    ["two-digit 类 split", [20, 31, 1], "wrong-length"],
  ];
  test.each(malformed)("%s", (_label, input, reason) => {
    expect(normaliseCode(input)).toMatchObject({ ok: false, reason });
  });

  test("the reason carries the text as printed", () => {
    expect(normaliseCode("2013 101")).toEqual({ ok: false, reason: "ambiguous-grouping", detail: "2013 101" });
    expect(normaliseCode([201, null, 1])).toEqual({ ok: false, reason: "missing-part", detail: "201||1" });
  });
});
