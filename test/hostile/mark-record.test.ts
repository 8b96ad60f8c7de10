/**
 * Issue #9: a tampered marks record in a workbook someone sends. It is checked against its schema, anything
 * unexpected is ignored with a notice (`ignored`), parsing is linear, and validate and clear-marks never throw.
 */
import { decodeMarkRecord, encodeMarkRecord, type MarkEntry } from "../../src/host/excel/mark-record";
import { MARKS_XML_NAMESPACE } from "../../src/host/excel/names";
import { readWorkbook } from "../../src/host/excel/read-workbook";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { applyMarks, clearMarks } from "../../src/host/excel/write-marks";
import { appearanceOf, fakeWorkbook, openInFakeExcel, type FakeWorkbook } from "../host/fake-excel";

const FEATURES = hostSupport(supportUpTo("1.18")).features;
const GOOD: MarkEntry = { sheet: "S", cell: "A1", original: { pattern: "None" }, markColour: "#FFE699" };
const wrap = (body: string) => `<marks xmlns="${MARKS_XML_NAMESPACE}">${body}</marks>`;
const IGNORED_WHOLE = { entries: [], ignored: { whole: true, entries: 0 } };

describe("the record is read against its schema", () => {
  it.each([
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"entries"'],
    ["an array", "[]"],
    ["entries that are not a list", '{"version":1,"entries":null}'],
    ["another version", `{"version":2,"entries":[${JSON.stringify(GOOD)}]}`],
    ["nothing", ""],
  ])("%s as the body: ignored whole, with a notice", (_, body) => {
    expect(decodeMarkRecord(wrap(body))).toEqual(IGNORED_WHOLE);
  });

  it.each([
    ["null", null],
    ["a cell that is a range", { ...GOOD, cell: "A1:B2" }],
    ["a lower-case cell", { ...GOOD, cell: "a1" }],
    ["a sheet name longer than Excel allows", { ...GOOD, sheet: "x".repeat(32) }],
    ["an empty sheet name", { ...GOOD, sheet: "" }],
    ["a colour that is not #RRGGBB", { ...GOOD, markColour: "red; url(x)" }],
    ["a fill with an unknown field", { ...GOOD, original: { pattern: "None", image: "x" } }],
    ["a fill with a tint out of range", { ...GOOD, original: { pattern: "Solid", color: "#FFFFFF", tintAndShade: 7 } }],
    ["a fill pattern that is not a name", { ...GOOD, original: { pattern: "<x>" } }],
    ["a note that is not text", { ...GOOD, note: { text: "x" } }],
    ["a note longer than Excel allows", { ...GOOD, note: "n".repeat(32_768) }],
    ["a field we never write", { ...GOOD, formula: "=HYPERLINK()" }],
    [
      "a prototype key",
      JSON.parse(`{"__proto__":{"x":1},"sheet":"S","cell":"A1","original":{"pattern":"None"},"markColour":"#FFE699"}`),
    ],
  ])("an entry with %s is ignored and counted; the valid one is kept", (_, bad) => {
    const xml = wrap(JSON.stringify({ version: 1, entries: [bad, { ...GOOD, cell: "B2" }] }));
    expect(decodeMarkRecord(xml)).toEqual({
      entries: [{ ...GOOD, cell: "B2" }],
      ignored: { whole: false, entries: 1 },
    });
  });

  it("an infinite tint (1e999 in the JSON text) is ignored", () => {
    const body = `{"version":1,"entries":[{"sheet":"S","cell":"A1","original":{"pattern":"Solid","color":"#FFFFFF","tintAndShade":1e999},"markColour":"#FFE699"}]}`;
    expect(decodeMarkRecord(wrap(body))).toEqual({ entries: [], ignored: { whole: false, entries: 1 } });
  });

  it("an infinite tint (1e999 in the JSON text) is ignored", () => {
    const body = `{"version":1,"entries":[{"sheet":"S","cell":"A1","original":{"pattern":"Solid","color":"#FFFFFF","tintAndShade":1e999},"markColour":"#FFE699"}]}`;
    expect(decodeMarkRecord(wrap(body))).toEqual({ entries: [], ignored: { whole: false, entries: 1 } });
  });

  it("a second entry for the same cell is ignored: the first original is the one to restore", () => {
    const xml = encodeMarkRecord({ entries: [GOOD, { ...GOOD, original: { pattern: "Solid", color: "#000000" } }] });
    expect(decodeMarkRecord(xml)).toEqual({ entries: [GOOD], ignored: { whole: false, entries: 1 } });
  });

  it("a valid record reads back with no notice", () => {
    expect(decodeMarkRecord(encodeMarkRecord({ entries: [GOOD] }))).toEqual({ entries: [GOOD] });
  });
});

describe("parsing is linear (only a hang guard here; npm run bench prints the times)", () => {
  // Shapes that made the old regular expression backtrack: each is 300 KB, ten times the reported 30 KB.
  it.each([
    ["an unclosed root with a long tag-like body", `<marks>${"</a.".repeat(75_000)}`],
    ["many unterminated opening tags", "<marks".repeat(50_000)],
    ["many opening tags and no closing one", "<marks>".repeat(43_000)],
    ["long prefixes that never end in :marks", "<a.b-c".repeat(50_000)],
    ["a closing tag repeated without its root", `<marks x>${"</x:marks ".repeat(30_000)}`],
  ])("%s is read at once", (_, xml) => {
    expect(decodeMarkRecord(xml).entries).toEqual([]);
  });
});

describe("validate and clear-marks on a workbook whose record body is null", () => {
  function tampered(): FakeWorkbook {
    const book = fakeWorkbook("sent.xlsx", [
      { name: "S", cells: { A1: 1, B2: { value: 2, fill: { pattern: "Solid", color: "#C6EFCE" } } } },
    ]);
    book.parts.push({ id: "{tampered}", namespace: MARKS_XML_NAMESPACE, xml: wrap("null") });
    return book;
  }

  it("validate marks the cells and replaces the bad record with a good one", async () => {
    const book = tampered();
    const excel = openInFakeExcel(book, { notes: true });
    const read = await readWorkbook(excel.context, { features: FEATURES });
    expect(read.marks.record).toEqual(IGNORED_WHOLE);
    const finding = { sheet: "S", cell: "B2", severity: "error" as const, message: "合计不等于各项之和" };
    await expect(
      applyMarks(excel.context, [finding], read.marks, { scope: "all", language: "zh" }),
    ).resolves.toBeDefined();
    expect(book.parts.map((p) => p.id)).not.toContain("{tampered}");
    expect(decodeMarkRecord(book.parts[0]!.xml).entries.map((e) => e.cell)).toEqual(["B2"]);
  });

  it("clear-marks leaves every cell as it was and removes the bad record", async () => {
    const book = tampered();
    const before = appearanceOf(book);
    const excel = openInFakeExcel(book, { notes: true });
    await expect(clearMarks(excel.context, { features: FEATURES })).resolves.not.toThrow();
    expect(appearanceOf(book)).toEqual(before);
    expect(book.parts).toEqual([]);
  });
});
