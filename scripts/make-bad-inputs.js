#!/usr/bin/env node
/**
 * Bad-input fixtures for the reader (issues 8 and 9), generated rather than committed: each is a few kilobytes of
 * bytes built here (the bombs inflate to megabytes, the over-size ones only declare it), with the problem the reader
 * must answer. test/xlsx/bad-inputs.test.ts runs every one through the command line and the browser reader.
 *
 * Usage: node scripts/make-bad-inputs.js --out DIR   (writes the files, prints name → expected problem)
 * Module: badInputs() → [{ name, what, bytes, expected: { kind, limit? } }]; minimalWorkbook(parts) → bytes
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { strToU8, Zip, ZipDeflate, zipSync } = require("fflate");

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A worksheet part around the given <sheetData> rows (and anything after sheetData, such as <mergeCells>). */
function sheetXml(rows, after = "") {
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/**
 * The parts of a minimal workbook: one visible sheet per entry of `sheets` (name → worksheet XML), plus any extra
 * parts (sharedStrings.xml, styles.xml, custom XML) given in `extra` by their zip path.
 */
function workbookParts(sheets, extra = {}) {
  const names = Object.keys(sheets);
  const parts = {
    "[Content_Types].xml": `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names
      .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  };
  const rels = names.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra["xl/sharedStrings.xml"])
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (extra["xl/styles.xml"]) rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`;
  names.forEach((name, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheets[name]));
  return { ...parts, ...extra };
}

/** Zips text parts (deflated) into .xlsx bytes. */
function minimalWorkbook(parts) {
  const files = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** The offset of each central directory entry of a zip, by name (to tamper with declared sizes). */
function directoryEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = new Map();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8");
    entries.set(name, at);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { view, entries };
}

/** A copy of a zip whose directory declares `size` uncompressed bytes for one part (the data is unchanged). */
function withDeclaredSize(bytes, part, size) {
  const copy = new Uint8Array(bytes);
  const { view, entries } = directoryEntries(copy);
  view.setUint32(entries.get(part) + 24, size, true);
  return copy;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file header followed by a directory entry name (UTF-16LE), as Excel's binary files hold. */
function oleWith(streamName) {
  return new Uint8Array(Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), Buffer.from(streamName, "utf16le")]));
}

/** A row with one number in column A and one in column XFD: 16,384 grid slots for two cells. */
function wideRow(r) {
  return `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>1</v></c></row>`;
}

function rows(count, make) {
  let xml = "";
  for (let r = 1; r <= count; r++) xml += make(r);
  return xml;
}

const SMALL_SHEET = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c><c r="B1"><v>1</v></c></row>');
/** Whitespace compresses about a thousandfold: 8 MB of it inside a sheet is a small bomb. */
const PADDED_SHEET = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${" ".repeat(8 * 1024 * 1024)}`);

/** Every bad input with the problem the reader must report (kind, and the limit for limit problems). */
function badInputs() {
  const good = minimalWorkbook(workbookParts({ 支出表: SMALL_SHEET }));
  const bomb = minimalWorkbook(workbookParts({ 支出表: PADDED_SHEET }));
  const manyParts = {};
  for (let i = 0; i <= 10_000; i++) manyParts[`docProps/custom${i}.xml`] = new Uint8Array(0);
  const longText = "长".repeat(40_000);
  return [
    { name: "disclosure.pdf", what: "a PDF", bytes: strToU8("%PDF-1.7\n%âãÏÓ\n"), expected: { kind: "pdf" } },
    { name: "renamed-pdf.xlsx", what: "a PDF named .xlsx", bytes: strToU8("%PDF-1.4\n"), expected: { kind: "pdf" } },
    { name: "budget.xls", what: "an .xls", bytes: oleWith("Workbook"), expected: { kind: "legacy-workbook" } },
    { name: "budget.et", what: "a WPS .et", bytes: oleWith("WpsWorkbook"), expected: { kind: "legacy-workbook" } },
    {
      name: "renamed-xls.xlsx",
      what: "an .xls named .xlsx",
      bytes: oleWith("Workbook"),
      expected: { kind: "legacy-workbook" },
    },
    {
      name: "encrypted.xlsx",
      what: "a password-protected workbook",
      bytes: oleWith("EncryptionInfo"),
      expected: { kind: "encrypted" },
    },
    { name: "table.csv", what: "a CSV", bytes: strToU8("科目编码,合计\n201,1\n"), expected: { kind: "unsupported" } },
    {
      name: "not-a-zip.xlsx",
      what: "text named .xlsx",
      bytes: strToU8("hello, not a workbook"),
      expected: { kind: "corrupt" },
    },
    { name: "empty.xlsx", what: "no bytes", bytes: new Uint8Array(0), expected: { kind: "corrupt" } },
    {
      name: "truncated.xlsx",
      what: "a workbook cut in half",
      bytes: good.subarray(0, good.length >> 1),
      expected: { kind: "corrupt" },
    },
    {
      name: "no-sheet.xlsx",
      what: "a zip without a workbook",
      bytes: zipSync({ "hello.txt": strToU8("not a workbook") }),
      expected: { kind: "corrupt" },
    },
    {
      name: "bad-xml.xlsx",
      what: "a sheet that is not XML",
      bytes: minimalWorkbook(workbookParts({ 支出表: "<worksheet><sheetData><row></sheetData>" })),
      expected: { kind: "corrupt" },
    },
    {
      name: "zip-bomb.xlsx",
      what: "a part that inflates a thousandfold",
      bytes: bomb,
      expected: { kind: "limit", limit: "compression-ratio" },
    },
    {
      name: "lying-zip-bomb.xlsx",
      what: "a part that inflates past the size its directory declares",
      bytes: withDeclaredSize(bomb, "xl/worksheets/sheet1.xml", 4096),
      expected: { kind: "corrupt" },
    },
    {
      name: "huge-declared.xlsx",
      what: "parts declaring 2 GB",
      bytes: withDeclaredSize(good, "xl/worksheets/sheet1.xml", 2 ** 31),
      expected: { kind: "limit", limit: "unzipped-size" },
    },
    {
      name: "many-parts.xlsx",
      what: "10,001 files in the zip",
      bytes: zipSync(manyParts, { level: 0 }),
      expected: { kind: "limit", limit: "parts" },
    },
    {
      name: "many-cells.xlsx",
      what: "a sheet of 250 rows 16,384 cells wide",
      bytes: minimalWorkbook(workbookParts({ 宽表: sheetXml(rows(250, wideRow)) })),
      expected: { kind: "limit", limit: "sheet-cells" },
    },
    {
      name: "many-cells-workbook.xlsx",
      what: "two sheets of 190 such rows",
      bytes: minimalWorkbook(
        workbookParts({ 宽表一: sheetXml(rows(190, wideRow)), 宽表二: sheetXml(rows(190, wideRow)) }),
      ),
      expected: { kind: "limit", limit: "workbook-cells" },
    },
    {
      name: "long-cell.xlsx",
      what: "a cell of 40,000 characters",
      bytes: minimalWorkbook(
        workbookParts(
          { 说明: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') },
          { "xl/sharedStrings.xml": `${XML_HEAD}<sst xmlns="${MAIN_NS}"><si><t>${longText}</t></si></sst>` },
        ),
      ),
      expected: { kind: "limit", limit: "cell-chars" },
    },
    {
      name: "long-inline-cell.xlsx",
      what: "an inline string of 40,000 characters",
      bytes: minimalWorkbook(
        workbookParts({ 说明: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${longText}</t></is></c></row>`) }),
      ),
      expected: { kind: "limit", limit: "cell-chars" },
    },
  ];
}

/**
 * Writes a workbook with one sheet of `rows` × `cols` numbers (the issue's 1,048,576 × 8 sheet) to `file`, the
 * sheet streamed through the zip in slices, so the generator never holds the whole sheet in memory.
 */
function writeTallWorkbook(file, rows, cols) {
  const out = fs.openSync(file, "w");
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    fs.writeSync(out, chunk);
  });
  const add = (name, text) => {
    const part = new ZipDeflate(name, { level: 1 });
    zip.add(part);
    part.push(strToU8(text), true);
  };
  const parts = workbookParts({ 高表: "" });
  for (const [name, text] of Object.entries(parts)) if (!name.startsWith("xl/worksheets/")) add(name, text);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  const [head, tail] = sheetXml("\u0000").split("\u0000");
  sheet.push(strToU8(head));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (let r = 1; r <= rows; r += 1000) {
    let xml = "";
    for (let row = r; row < Math.min(r + 1000, rows + 1); row++) {
      xml += `<row r="${row}">`;
      for (let c = 0; c < cols; c++) xml += `<c r="${letters[c]}${row}"><v>${row + c}</v></c>`;
      xml += "</row>";
    }
    sheet.push(strToU8(xml));
  }
  sheet.push(strToU8(tail), true);
  zip.end();
  fs.closeSync(out);
}

module.exports = { badInputs, minimalWorkbook, workbookParts, sheetXml, withDeclaredSize, writeTallWorkbook };

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  const out = at > 0 ? process.argv[at + 1] : undefined;
  if (!out) {
    console.error("usage: node scripts/make-bad-inputs.js --out DIR");
    process.exit(2);
  }
  fs.mkdirSync(out, { recursive: true });
  for (const input of badInputs()) {
    fs.writeFileSync(path.join(out, input.name), input.bytes);
    console.log(
      `${input.name}\t${input.expected.kind}${input.expected.limit ? ` (${input.expected.limit})` : ""}\t${input.what}`,
    );
  }
}
