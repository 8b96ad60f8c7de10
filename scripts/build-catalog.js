#!/usr/bin/env node
/**
 * Builds the bundled classification catalog (src/core/catalog/data/catalog-2024.ts) from the CSV files in
 * data/classification/. The output is committed, so the build needs no extra step; rerun after editing a CSV:
 *   node scripts/build-catalog.js          (write)
 *   node scripts/build-catalog.js --check  (exit 1 when the committed file differs from what the CSVs give)
 * Rows from several files merge by (kind, code); the strongest source wins (seed > observed > partial > compiled)
 * and the evidence of every agreeing file is kept. Two names for one code stop the build unless the weaker row is
 * listed in observed-excluded.csv, so a conflict is always decided by hand and written down.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DATA = path.join(ROOT, "data", "classification");
const OUT = path.join(ROOT, "src", "core", "catalog", "data", "catalog-2024.ts");
const RANK = { seed: 0, observed: 1, partial: 2, compiled: 3 };
/** observed-in-pages rows count for the 2024 catalog when a page is about 2023–2025 (editions change yearly). */
const PAGE_YEARS = { from: 2023, to: 2025 };
/** PTFLY24YS renumbered its economic rows (OBSERVED.md "Conflicts"): its econ rows are not evidence. */
const UNRELIABLE_ECON_SOURCE = "PTFLY24YS";

function readCsv(file) {
  const text = fs.readFileSync(path.join(DATA, file), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.split("\n").filter((l) => l.trim() !== "");
  const columns = header.split(",");
  return lines.map((line, i) => {
    const cells = line.split(",");
    if (cells.length !== columns.length) throw new Error(`${file}:${i + 2}: ${cells.length} cells, expected ${columns.length}`);
    return Object.fromEntries(columns.map((c, j) => [c, cells[j].trim()]));
  });
}

// Names compare, and codes get their kind and level, exactly as the engine does it: the core's own modules.
const { requireCore } = require("./core-modules");
/** The comparison form of a name (core/catalog/names.ts). */
const { normaliseName: nameKey } = requireCore("catalog/names");
/** Stored names: whitespace removed, round brackets full-width as the catalog prints them. */
function cleanName(name) {
  return name.replace(/[\s\u3000]+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}
/** Kind from the first digit, level from the length, parent (core/catalog/code-shape.ts); the normal form of a code. */
const { kindOfCode: kindOf, levelOfCode: levelOf, parentOfCode } = requireCore("catalog/code-shape");
const { normaliseCode } = requireCore("catalog/normalise-code");

function candidates() {
  const rows = [];
  const excluded = new Set(readCsv("observed-excluded.csv").map((r) => `${r.code}|${nameKey(r.name)}`));
  const isExcluded = (code, name) => excluded.has(`${code}|${nameKey(name)}`);
  for (const r of readCsv("seed-2024.csv")) rows.push({ ...r, source: "seed", evidence: `seed: ${r.evidence}` });
  for (const r of readCsv("observed-in-disclosures.csv")) {
    const sources = r.sources.split(";");
    if (r.kind !== "functional" && sources.every((s) => s === UNRELIABLE_ECON_SOURCE)) continue;
    if (isExcluded(r.code, r.name)) continue;
    rows.push({ code: r.code, name: r.name, kind: r.kind, source: "observed", evidence: `observed-in-disclosures: ${sources.join(" ")}` });
  }
  for (const r of readCsv("observed-in-pages.csv")) {
    const years = r.year.split(";").filter((y) => y !== "").map(Number);
    const latest = years.length ? Math.max(...years) : undefined;
    if (latest === undefined || latest < PAGE_YEARS.from || latest > PAGE_YEARS.to) continue;
    if (isExcluded(r.code, r.name)) continue;
    const urls = r.source.split(";");
    const evidence = `observed-in-pages: ${years.join(" ")} ${urls[0]}${urls.length > 1 ? ` (+${urls.length - 1} pages)` : ""}`;
    rows.push({ code: r.code, name: r.name, kind: r.kind, source: "observed", evidence });
  }
  for (const file of ["econ-dept-partial.csv", "econ-gov-partial.csv"]) {
    for (const r of readCsv(file)) rows.push({ code: r.code, name: r.name, kind: kindOf(r.code), source: "partial", evidence: `${file}: ${r.source}` });
  }
  for (const r of readCsv("compiled-2024.csv")) rows.push({ ...r, source: "compiled", evidence: `compiled: ${r.evidence}` });
  return rows;
}

function merge(rows) {
  const byKey = new Map();
  for (const row of rows) {
    // A code must be in the normal form the engine reads it into, of the kind its file says.
    const read = normaliseCode(row.code);
    if (!read.ok || read.code !== row.code || read.kind !== row.kind) {
      throw new Error(`bad code ${row.code} (${row.kind}) from ${row.evidence}${read.ok ? "" : `: ${read.reason}`}`);
    }
    const key = `${row.kind}:${row.code}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, { ...row, name: cleanName(row.name), evidences: [row.evidence] });
      continue;
    }
    if (nameKey(earlier.name) !== nameKey(row.name)) {
      throw new Error(`${row.code}: "${earlier.name}" (${earlier.evidences[0]}) vs "${row.name}" (${row.evidence})`);
    }
    if (RANK[row.source] < RANK[earlier.source]) {
      byKey.set(key, { ...row, name: cleanName(row.name), evidences: [row.evidence, ...earlier.evidences] });
    } else {
      earlier.evidences.push(row.evidence);
    }
  }
  return byKey;
}

function entries() {
  const merged = merge(candidates());
  const renames = readCsv("renames.csv");
  for (const r of renames) {
    const entry = merged.get(`${r.kind}:${r.code}`);
    if (!entry) throw new Error(`renames.csv: ${r.code} is not in the catalog`);
    (entry.formerNames ??= []).push({ name: r.former_name, until: Number(r.until), evidence: r.evidence });
  }
  const list = [...merged.values()].sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind.localeCompare(b.kind)));
  return list.map((e) => {
    const level = levelOf(e.code);
    const out = { code: e.code, name: e.name, kind: e.kind, level };
    if (level > 1) out.parent = parentOfCode(e.code);
    out.source = e.source;
    const renameEvidence = (e.formerNames ?? []).map((f) => `renamed: ${f.evidence}`);
    out.evidence = [...e.evidences, ...renameEvidence].join("; ");
    if (e.formerNames) out.formerNames = e.formerNames.map(({ name, until }) => ({ name, until }));
    return out;
  });
}

function mappings(known) {
  const rows = [];
  for (const r of readCsv("econ-dept-to-gov-partial.csv")) {
    rows.push({ deptCode: r.dept_code, govCode: r.gov_code, unitType: r.scope, source: "partial", evidence: `econ-dept-to-gov-partial.csv: ${r.source}` });
  }
  for (const r of readCsv("mapping-2024.csv")) {
    rows.push({ deptCode: r.dept_code, govCode: r.gov_code, unitType: r.unit_type, source: r.source, evidence: `${r.source}: ${r.evidence}` });
  }
  const byKey = new Map();
  for (const m of rows) {
    for (const [code, kind] of [[m.deptCode, "econ-dept"], [m.govCode, "econ-gov"]]) {
      if (!known.has(`${kind}:${code}`)) throw new Error(`mapping ${m.deptCode}→${m.govCode}: ${code} is not in the catalog`);
    }
    if (m.unitType !== "机关" && m.unitType !== "事业单位") throw new Error(`mapping ${m.deptCode}: unit type ${m.unitType}`);
    const key = `${m.unitType}:${m.deptCode}`;
    const earlier = byKey.get(key);
    if (!earlier) byKey.set(key, m);
    else if (earlier.govCode !== m.govCode) throw new Error(`mapping ${key}: ${earlier.govCode} vs ${m.govCode}`);
    else if (RANK[m.source] < RANK[earlier.source]) byKey.set(key, { ...m, evidence: `${m.evidence}; ${earlier.evidence}` });
    else earlier.evidence += `; ${m.evidence}`;
  }
  return [...byKey.values()].sort((a, b) => `${a.unitType}${a.deptCode}`.localeCompare(`${b.unitType}${b.deptCode}`));
}

function completeBranches(known) {
  return readCsv("complete-2024.csv").map((r) => {
    if (r.parent !== "" && !known.has(`${r.kind}:${r.parent}`)) throw new Error(`complete-2024.csv: ${r.parent} is not in the catalog`);
    return { kind: r.kind, parent: r.parent, evidence: r.evidence };
  });
}

/** The project's prettier style, so the generated module passes lint as it is committed. */
async function formatted(text) {
  const prettier = require("prettier");
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  return prettier.format(text, { ...options, filepath: OUT });
}

async function main() {
  const list = entries();
  const known = new Set(list.map((e) => `${e.kind}:${e.code}`));
  const maps = mappings(known);
  const complete = completeBranches(known);
  const banner = [
    "// GENERATED by scripts/build-catalog.js from data/classification/*.csv — do not edit by hand.",
    'import type { CatalogEntry, ClassificationKind, EconMapping } from "../types";',
    "",
  ];
  const body = [
    `/** Bundled 2024 catalog rows (${list.length}). */`,
    `export const ENTRIES_2024: readonly CatalogEntry[] = ${JSON.stringify(list, null, 1)};`,
    "",
    `/** 部门 → 政府 economic mapping rows (${maps.length}). */`,
    `export const MAPPINGS_2024: readonly EconMapping[] = ${JSON.stringify(maps, null, 1)};`,
    "",
    `/** Branches whose children are all listed ("" = the list of 类). */`,
    `export const COMPLETE_2024: readonly { readonly kind: ClassificationKind; readonly parent: string; readonly evidence: string }[] = ${JSON.stringify(complete, null, 1)};`,
    "",
  ];
  const text = await formatted([...banner, ...body].join("\n"));
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (current !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/build-catalog.js`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUT)} is up to date`);
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${list.length} rows, ${maps.length} mappings, ${complete.length} complete branches`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
