#!/usr/bin/env node
/**
 * Harvests every classification code/name pair that a real document prints into one evidence file,
 * data/classification/evidence.csv (code, name, kind, year, document, source, note): facts only, one row per
 * document that prints the pair. Sources:
 *   - the corpus PDFs' text (../shared/corpus/<folder>/source.txt, pdftotext -layout): table rows whose 类/款/项
 *     columns print a code, the name beside it and at least one amount (functional tables, and the economic 款 of
 *     the 基本支出 table). A name the table wraps onto the next line is joined and the row says so in `note`.
 *   - the shared evidence lists (data/classification copies of ../shared/data/classification): the `present` rows of
 *     changes-2025-2026.csv, observed-in-disclosures.csv (years from the documents' ids, OBSERVED.md) and
 *     observed-in-pages.csv (the page years).
 * The corpus itself stays in ../shared; only the pairs come in. Run from the repository root:
 *   node scripts/harvest-classification.js           (write data/classification/evidence.csv)
 *   node scripts/harvest-classification.js --check   (exit 1 when the committed file differs)
 * Without ../shared/corpus the corpus rows already in evidence.csv are kept as they are.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { csvCell: cell, parseCsv } = require("./classification-csv");

const ROOT = path.join(__dirname, "..");
const DATA = path.join(ROOT, "data", "classification");
const CORPUS = path.join(ROOT, "..", "shared", "corpus");
const OUT = path.join(DATA, "evidence.csv");

/** A table row: 类 code, optional 款 and 项 columns, the name, then amounts (1,234.00) to the end of the line. */
const CODE_ROW = /^\s*([23]\d{2})(?:\s+(\d{2}))?(?:\s+(\d{2}))?\s+(\S(?:.*?\S)?)\s{2,}((?:[\d,]+\.\d{2}\s*)+)$/u;
/** A wrapped name's second line: only name characters, no digit, indented into the name column. */
const CONTINUATION = /^\s{8,}([^\s\d][^\d]*?)\s*$/u;
/** Years of the documents behind observed-in-disclosures.csv (OBSERVED.md "Sources"). */
const DISCLOSURE_YEARS = {
  PTCZJ24JS: 2024,
  PTGHZY24JS: 2024,
  PTSGB24JS: 2024,
  SHMB24JS: 2024,
  PTCZJ25YS: 2025,
  SHCZJ25YS: 2025,
  PTFLY24YS: 2024,
  PTWL23YS: 2023,
  HNFQ24YS: 2024,
};

function kindOf(code) {
  return { 1: "revenue", 2: "functional", 3: "econ-dept", 5: "econ-gov" }[code[0]];
}

/** Stored names: whitespace removed (tables space characters out), as data/classification's other files do. */
function cleanName(name) {
  return name.replace(/[\s\u3000]+/gu, "");
}

function readCsv(file) {
  return parseCsv(fs.readFileSync(path.join(DATA, file), "utf8").replace(/^\uFEFF/u, ""));
}

/** The year a corpus document is about: its title line "上海市普陀区2025年区级部门预算". */
function documentYear(text, folder) {
  const match = /(20\d\d)年区级(?:部门|单位)预算/u.exec(text);
  if (!match) throw new Error(`${folder}: no 20xx年区级…预算 title in source.txt`);
  return Number(match[1]);
}

/** Every code/name pair printed in one corpus document's tables, once per pair, with the first line printing it. */
function corpusPairs(folder) {
  const text = fs.readFileSync(path.join(CORPUS, folder, "source.txt"), "utf8");
  const year = documentYear(text, folder);
  const lines = text.split("\n");
  const pairs = new Map();
  lines.forEach((line, i) => {
    const match = CODE_ROW.exec(line);
    if (!match) return;
    const code = match[1] + (match[2] ?? "") + (match[3] ?? "");
    let name = cleanName(match[4]);
    let note = "";
    const next = CONTINUATION.exec(lines[i + 1] ?? "");
    if (next && !/项目|合计|科目|类|款/u.test(next[1])) {
      name += cleanName(next[1]);
      note = `wrapped cell joined: ${cleanName(match[4])}/${cleanName(next[1])}`;
    }
    const key = `${code}|${name}`;
    if (!pairs.has(key)) pairs.set(key, { code, name, line: i + 1, note });
  });
  return [...pairs.values()].map((p) => ({
    code: p.code,
    name: p.name,
    kind: kindOf(p.code),
    year,
    document: `corpus/${folder}`,
    source: `../shared/corpus/${folder}/source.txt:${p.line}`,
    note: p.note,
  }));
}

function corpusRows() {
  if (!fs.existsSync(CORPUS)) {
    // Tests and CI may run without ../shared: keep the corpus rows harvested before.
    if (!fs.existsSync(OUT)) return [];
    return readCsv("evidence.csv").filter((r) => r.document.startsWith("corpus/"));
  }
  const folders = fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORPUS, d.name, "source.txt")))
    .map((d) => d.name)
    .sort();
  return folders.flatMap(corpusPairs);
}

/** changes-2025-2026.csv `present` rows: one per source document. */
function changesRows() {
  return readCsv("changes-2025-2026.csv")
    .filter((r) => r.change.startsWith("present"))
    .flatMap((r) =>
      r.source.split(" | ").map((source) => ({
        code: r.code,
        name: cleanName(r.new_name),
        kind: kindOf(r.code),
        year: Number(r.year),
        document: documentOf(source),
        source: `changes-2025-2026.csv: ${source}`,
        note: /\//u.test(r.quote) ? `quote: ${r.quote}` : "",
      })),
    );
}

/** A short document name from a source reference: the file name of a github:owner/repo/path@commit reference. */
function documentOf(source) {
  const withoutCommit = source.replace(/@[0-9a-f]{40}$/u, "");
  return withoutCommit.slice(withoutCommit.lastIndexOf("/") + 1);
}

function disclosureRows() {
  return readCsv("observed-in-disclosures.csv").flatMap((r) =>
    r.sources.split(";").map((id) => ({
      code: r.code,
      name: cleanName(r.name),
      kind: r.kind,
      year: DISCLOSURE_YEARS[id] ?? "",
      document: id,
      source: "observed-in-disclosures.csv (OBSERVED.md)",
      note: id === "PTFLY24YS" && r.kind !== "functional" ? "PTFLY24YS renumbers its economic rows (OBSERVED.md)" : "",
    })),
  );
}

function pageRows() {
  return readCsv("observed-in-pages.csv").flatMap((r) => {
    const urls = r.source.split(";");
    const years = r.year.split(";");
    return urls.map((url, i) => ({
      code: r.code,
      name: cleanName(r.name),
      kind: r.kind,
      year: years[i] ?? "",
      document: url,
      source: "observed-in-pages.csv (OBSERVED.md)",
      note: "",
    }));
  });
}

const COLUMNS = ["code", "name", "kind", "year", "document", "source", "note"];

function main() {
  const rows = [...corpusRows(), ...changesRows(), ...disclosureRows(), ...pageRows()];
  for (const r of rows) {
    if (!/^\d{3}(\d{2}){0,2}$/u.test(r.code) || r.name === "") throw new Error(`bad row ${JSON.stringify(r)}`);
  }
  const text = [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (current !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/harvest-classification.js`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUT)} is up to date`);
    return;
  }
  fs.writeFileSync(OUT, text);
  const corpus = rows.filter((r) => r.document.startsWith("corpus/"));
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${rows.length} rows (${corpus.length} from the corpus)`);
}

main();
