/**
 * The reader on parts written by hand: what other writers than ExcelJS put in a workbook (inline strings, escapes,
 * phonetic guides, prefixed elements, unusual part names, custom XML parts), shared formulas, and the limits at
 * their edge. Every expected value is written here from the file format, not taken from the reader.
 */
import { zipSync, strToU8 } from "fflate";
import { withLimits, readWorkbookBytes } from "../../src/host/xlsx/reader";
import type { ReadLimits } from "../../src/host/xlsx/reader";
import { moveFormula } from "../../src/host/xlsx/reader/shared-formula";

const { minimalWorkbook, workbookParts, sheetXml } = require("../../scripts/make-bad-inputs.js") as {
  minimalWorkbook(parts: Record<string, string>): Uint8Array;
  workbookParts(sheets: Record<string, string>, extra?: Record<string, string>): Record<string, string>;
  sheetXml(rows: string, after?: string): string;
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

function read(parts: Record<string, string>, limits?: Partial<ReadLimits>) {
  const outcome = readWorkbookBytes(minimalWorkbook(parts), "手工.xlsx", withLimits(limits));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.snapshot;
}

const sharedStrings = (items: string) => `${HEAD}<sst xmlns="${MAIN}">${items}</sst>`;
const styles = (numFmts: string, xfs: string) =>
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts>${numFmts}</numFmts><cellStyleXfs><xf numFmtId="4"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;

describe("text", () => {
  test("shared strings: plain, rich runs joined, phonetic guides left out, _xHHHH_ decoded left to right", () => {
    const strings = sharedStrings(
      [
        "<si><t>合计</t></si>",
        '<si><r><rPr><b/></rPr><t>一般公共</t></r><r><t xml:space="preserve">服务 </t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
        "<si><t>a_x000D__x000A_b _x005F_x0041_ _x001B_[2J</t></si>",
        "<si/>",
      ].join(""),
    );
    const cells = [0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("");
    const snapshot = read(
      workbookParts({ 表: sheetXml(`<row r="1">${cells}</row>`) }, { "xl/sharedStrings.xml": strings }),
    );
    expect(snapshot.sheets[0]!.values).toEqual([["合计", "一般公共服务 ", "東京", "a\r\nb _x0041_ \u001b[2J", null]]);
  });

  test("inline strings, plain and rich, decoded the same way; a formula's text result stays as stored", () => {
    const row =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>支出_x0009_表</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>项目</t></r><r><t>支出</t></r></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"!"</f><v>支出\t表!</v></c></row>';
    const sheet = read(workbookParts({ 表: sheetXml(row) })).sheets[0]!;
    expect(sheet.values).toEqual([["支出\t表", "项目支出", "支出\t表!"]]);
    expect(sheet.formulas).toEqual([[null, null, '=A1&"!"']]);
  });
});

describe("cells", () => {
  test("booleans, errors, ISO dates, numbers; cells without r follow the one before; a blank styled cell is not kept", () => {
    const row =
      '<row r="2"><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#REF!</v></c>' +
      '<c t="d"><v>2024-01-01T12:00:00</v></c><c><v>1.5E3</v></c><c s="1"/></row>';
    const sheet = read(
      workbookParts({ 表: sheetXml(row) }, { "xl/styles.xml": styles("", '<xf numFmtId="0"/><xf numFmtId="2"/>') }),
    ).sheets[0]!;
    expect(sheet.values).toEqual([[], [true, false, "#REF!", 45292.5, 1500]]);
    expect(sheet.numberFormats).toEqual([[], ["General", "General", "General", "General", "General"]]);
  });

  test("number formats: custom codes, built-in ids, ids whose code depends on the language read as General", () => {
    const xfs = [
      '<xf numFmtId="0"/>',
      '<xf numFmtId="176"/>',
      '<xf numFmtId="4"/>',
      '<xf numFmtId="10"/>',
      '<xf numFmtId="31"/>',
    ];
    const cells = [1, 2, 3, 4].map((s, i) => `<c r="${"ABCD"[i]}1" s="${s}"><v>1</v></c>`).join("");
    const sheet = read(
      workbookParts(
        { 表: sheetXml(`<row r="1">${cells}<c r="E1"><v>2</v></c></row>`) },
        { "xl/styles.xml": styles('<numFmt numFmtId="176" formatCode="#,##0.00_ ;[Red]\\-#,##0.00 "/>', xfs.join("")) },
      ),
    ).sheets[0]!;
    expect(sheet.numberFormats).toEqual([["#,##0.00_ ;[Red]\\-#,##0.00 ", "#,##0.00", "0.00%", "General", "General"]]);
  });

  test("a merged area makes its other cells blank, keeps the top-left value, and reaches rows not in the file", () => {
    const rows = '<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8</v></c></row>';
    const sheet = read(
      workbookParts({ 表: sheetXml(rows, '<mergeCells count="1"><mergeCell ref="A1:B3"/></mergeCells>') }),
    ).sheets[0]!;
    expect(sheet.values).toEqual([
      [7, null],
      [null, null],
      [null, null],
    ]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
  });
});

test("a formula a merged area covers is gone with its value: no formula layer is left", () => {
  const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row>';
  const sheet = read(workbookParts({ 表: sheetXml(rows, '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>') }))
    .sheets[0]!;
  expect(sheet.values).toEqual([[1, null]]);
  expect(sheet.formulas).toBeUndefined();
});

describe("shared formulas", () => {
  test("each cell of the block gets the first cell's formula moved by its distance", () => {
    const rows =
      '<row r="1"><c r="B1"><f t="shared" ref="B1:C2" si="0">A1*$A$1+A$1+$A1</f><v>4</v></c><c r="C1"><f t="shared" si="0"/><v>5</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>6</v></c><c r="C2"><f t="shared" si="0"/></c></row>';
    const sheet = read(workbookParts({ 表: sheetXml(rows) })).sheets[0]!;
    expect(sheet.formulas).toEqual([
      [null, "=A1*$A$1+A$1+$A1", "=B1*$A$1+B$1+$A1"],
      [null, "=A2*$A$1+A$1+$A2", "=B2*$A$1+B$1+$A2"],
    ]);
    expect(sheet.values).toEqual([
      [null, 4, 5],
      [null, 6, null],
    ]);
  });

  test.each([
    ["SUM(A1:B2)", 1, 1, "SUM(B2:C3)"],
    ["'Sheet 1'!A1+Sheet2!B$2", 2, 0, "'Sheet 1'!A3+Sheet2!B$2"],
    ['IF(A1="A1",LOG10(A1),A1)', 0, 1, 'IF(B1="A1",LOG10(B1),B1)'],
    ["A1-1.5E+3", 1, 0, "A2-1.5E+3"],
    ["XFD1+A1", 0, 1, "#REF!+B1"],
    ["A2", -2, 0, "#REF!"],
    ["$XFD$1048576", 5, 5, "$XFD$1048576"],
  ])("%s moved %i rows, %i columns → %s", (formula, rows, cols, expected) => {
    expect(moveFormula(formula, rows, cols)).toBe(expected);
  });
});

describe("package", () => {
  test("parts are found through their relationships, whatever their names; prefixed elements are read", () => {
    const x = `xmlns:x="${MAIN}"`;
    const parts = {
      "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "_rels/.rels": `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>`,
      "book/main.xml": `${HEAD}<x:workbook ${x} xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="收入表" sheetId="1" rel:id="s1" state="veryHidden"/><x:sheet name="图表" sheetId="2" rel:id="c1"/></x:sheets></x:workbook>`,
      "book/_rels/main.xml.rels": `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../sheets/data.xml"/><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chart.xml"/><Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="text/strings.xml"/></Relationships>`,
      "book/text/strings.xml": `${HEAD}<x:sst ${x}><x:si><x:t>收入</x:t></x:si></x:sst>`,
      "sheets/data.xml": `${HEAD}<x:worksheet ${x}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    };
    const snapshot = read(parts);
    expect(snapshot.sheets).toEqual([
      { name: "收入表", values: [["收入", 12]], numberFormats: [["General", "General"]], hidden: true },
    ]);
  });

  test("custom XML parts come with the namespace of their root element; one that is not XML keeps its text", () => {
    const marks = '<?xml version="1.0"?><marks xmlns="urn:budget-check:marks">{"version":1,"entries":[]}</marks>';
    const snapshot = read(
      workbookParts(
        { 表: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { "customXml/item1.xml": marks, "customXml/item2.xml": "<settings>", "customXml/itemProps1.xml": "<ds/>" },
      ),
    );
    expect(snapshot.customXmlParts).toEqual([
      { namespace: "urn:budget-check:marks", xml: marks },
      { namespace: null, xml: "<settings>" },
    ]);
  });

  test("a workbook without custom XML parts has none in its snapshot", () => {
    expect(read(workbookParts({ 表: sheetXml("") })).customXmlParts).toBeUndefined();
  });

  test("zip entries named with backslashes (older Windows tools) are found all the same", () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(
      workbookParts({ 表: sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>') }),
    ))
      files[name.replace(/\//g, "\\")] = strToU8(text);
    expect(Object.keys(files)).toContain("xl\\worksheets\\sheet1.xml");
    const outcome = readWorkbookBytes(zipSync(files), "backslash.xlsx");
    expect(outcome.ok && outcome.snapshot.sheets[0]!.values).toEqual([[5]]);
  });

  test("stored (uncompressed) parts read like deflated ones", () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(
      workbookParts({ 表: sheetXml('<row r="1"><c r="A1"><v>3</v></c></row>') }),
    ))
      files[name] = strToU8(text);
    const outcome = readWorkbookBytes(zipSync(files, { level: 0 }), "stored.xlsx");
    expect(outcome.ok && outcome.snapshot.sheets[0]!.values).toEqual([[3]]);
  });
});

describe("limits at their edge", () => {
  const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="C${r}"><v>2</v></c></row>`;
  const threeRows = workbookParts({ 表: sheetXml(row(1) + row(2) + row(3)) });

  test("cells count the blanks to the left of a filled cell: 3 rows × 3 slots = 9", () => {
    expect(read(threeRows, { "sheet-cells": 9, "workbook-cells": 9 }).sheets[0]!.values).toHaveLength(3);
    const over = readWorkbookBytes(minimalWorkbook(threeRows), "x.xlsx", withLimits({ "sheet-cells": 8 }));
    expect(over).toEqual({ ok: false, problem: { kind: "limit", file: "x.xlsx", limit: "sheet-cells", allowed: 8 } });
  });

  test("a merged area's cells count before they are made", () => {
    const merged = workbookParts({ 表: sheetXml(row(1), '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>') });
    const outcome = readWorkbookBytes(minimalWorkbook(merged), "x.xlsx");
    expect(outcome.ok || outcome.problem).toMatchObject({ kind: "limit", limit: "sheet-cells" });
  });

  test("characters per cell: at the limit reads, one more is refused", () => {
    const cell = (text: string) =>
      workbookParts({ 表: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`) });
    expect(read(cell("十个字十个字十个字十"), { "cell-chars": 10 }).sheets[0]!.values).toEqual([
      ["十个字十个字十个字十"],
    ]);
    const over = readWorkbookBytes(
      minimalWorkbook(cell("十一个字十一个字十一个")),
      "x.xlsx",
      withLimits({ "cell-chars": 10 }),
    );
    expect(over.ok || over.problem).toMatchObject({ kind: "limit", limit: "cell-chars", allowed: 10 });
  });

  test("parts and unzipped size are judged from the zip directory", () => {
    const bytes = minimalWorkbook(threeRows);
    expect(readWorkbookBytes(bytes, "x.xlsx", withLimits({ parts: 4 })).ok).toBe(false);
    expect(readWorkbookBytes(bytes, "x.xlsx", withLimits({ parts: 6 })).ok).toBe(true);
    const small = readWorkbookBytes(bytes, "x.xlsx", withLimits({ "unzipped-size": 100 }));
    expect(small.ok || small.problem).toMatchObject({ kind: "limit", limit: "unzipped-size" });
  });
});
