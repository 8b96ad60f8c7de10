#!/usr/bin/env node
/**
 * Builds the bundled classification catalog (src/core/catalog/data/catalog.ts) from the CSV files in
 * data/classification/: every edition (2024, then each year as the one before plus its change list and the pairs its
 * documents print), stored as each row once with what later editions change on it. The output is committed, so the
 * build needs no extra step; rerun after editing a CSV:
 *   node scripts/build-catalog.js          (write)
 *   node scripts/build-catalog.js --check  (exit 1 when the committed file differs from what the CSVs give)
 *   node scripts/build-catalog.js --check --data DIR  (the same with the CSV files of DIR)
 * Rows from several files merge by (kind, code); the strongest source wins (seed > observed > partial > compiled)
 * and the evidence of every agreeing file is kept. Two names for one code stop the build unless the weaker row is
 * listed in observed-excluded.csv, so a conflict is always decided by hand and written down.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/** `--data DIR` reads the CSV files from another folder (a test gives a changed copy); data/classification otherwise. */
const DATA_ARG = process.argv.indexOf("--data");
const DATA = DATA_ARG > 0 ? path.resolve(process.argv[DATA_ARG + 1]) : path.join(ROOT, "data", "classification");
const OUT = path.join(ROOT, "src", "core", "catalog", "data", "catalog.ts");
const { parseCsv } = require("./classification-csv");
/** The editions: the base year, then each year built as the one before plus its change list and printed evidence. */
const FIRST_YEAR = 2024;
const LAST_YEAR = 2026;
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
async function formatted(text, file) {
  const prettier = require("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** Quoted CSV (changes.csv and evidence.csv quote cells holding commas). */
function readQuotedCsv(file) {
  return parseCsv(fs.readFileSync(path.join(DATA, file), "utf8").replace(/^\uFEFF/, ""));
}

/**
 * changes.csv rows, each checked against the shared change list it is taken from (changes-2025-2026.csv): a change
 * names a notice, and only what the notice prints (same code, same name) comes in.
 */
function changeList() {
  const shared = readQuotedCsv("changes-2025-2026.csv").filter((r) => r.change.startsWith("added"));
  return readQuotedCsv("changes.csv").map((r) => {
    if (!["added", "renamed", "removed", "moved"].includes(r.change)) throw new Error(`changes.csv: change ${r.change}`);
    if (kindOf(r.code) !== r.kind) throw new Error(`changes.csv: ${r.code} is not ${r.kind}`);
    if (r.change === "added" && !shared.some((c) => c.year === r.year && c.code === r.code && nameKey(c.new_name) === nameKey(r.name))) {
      throw new Error(`changes.csv: ${r.year} ${r.code} ${r.name} is not an added row of changes-2025-2026.csv`);
    }
    const out = { year: Number(r.year), change: r.change, code: r.code, kind: r.kind };
    if (r.name) out.name = cleanName(r.name);
    if (r.former_name) out.formerName = cleanName(r.former_name);
    if (r.parent) out.parent = r.parent;
    out.source = r.source;
    return out;
  });
}

/** The printed pairs of one budget year (evidence.csv), minus the rows OBSERVED.md and observed-excluded.csv set aside. */
function printedIn(year) {
  const excluded = new Set(readCsv("observed-excluded.csv").map((r) => `${r.code}|${nameKey(r.name)}`));
  const byCode = new Map();
  for (const r of readQuotedCsv("evidence.csv")) {
    if (Number(r.year) !== year || !["functional", "econ-dept", "econ-gov"].includes(r.kind)) continue;
    if (r.kind !== "functional" && r.document === UNRELIABLE_ECON_SOURCE) continue;
    if (excluded.has(`${r.code}|${nameKey(r.name)}`)) continue;
    const key = `${r.kind}:${r.code}`;
    const names = byCode.get(key) ?? new Map();
    byCode.set(key, names);
    const docs = names.get(nameKey(r.name)) ?? { name: cleanName(r.name), documents: new Set() };
    names.set(nameKey(r.name), docs);
    docs.documents.add(r.document);
  }
  return byCode;
}

function printedEvidence(year, documents) {
  const list = [...documents].sort();
  const shown = list.slice(0, 3).join(" ");
  return `printed in ${year}: ${shown}${list.length > 3 ? ` (+${list.length - 3})` : ""}`;
}

/**
 * One edition: the previous year's rows, its change list applied, then the pairs that the year's real documents
 * print. A printed pair confirms a row (a compiled row becomes observed), adds a code the rows lack (observed), or,
 * where it names a code differently and no notice decides, is kept beside the row's name as undecided (otherNames):
 * better no finding than a wrong one.
 */
function nextEdition(previous, year, changes, printed) {
  const rows = new Map(previous.map((e) => [`${e.kind}:${e.code}`, { ...e }]));
  for (const c of changes) {
    const key = `${c.kind}:${c.code}`;
    const row = rows.get(key);
    const evidence = `${year} ${c.change}: ${c.source}`;
    if (c.change === "added") {
      if (row && nameKey(row.name) !== nameKey(c.name)) throw new Error(`${year}: added ${c.code} ${c.name} but the catalog has ${row.name}`);
      if (row) row.evidence = `${row.evidence}; ${evidence}`;
      else {
        const level = levelOf(c.code);
        const out = { code: c.code, name: c.name, kind: c.kind, level };
        if (level > 1) out.parent = c.code.slice(0, c.code.length - 2);
        rows.set(key, { ...out, source: "observed", evidence });
      }
    } else if (!row) throw new Error(`${year}: ${c.change} ${c.code}, which the catalog lacks`);
    else if (c.change === "renamed") {
      row.formerNames = [...(row.formerNames ?? []), { name: row.name, until: year }];
      row.name = c.name;
      row.evidence = `${row.evidence}; ${evidence}`;
    } else if (c.change === "removed") rows.delete(key);
    else if (c.change === "moved") {
      row.parent = c.parent;
      row.evidence = `${row.evidence}; ${evidence}`;
    }
  }
  for (const [key, names] of printed) {
    const [kind, code] = key.split(":");
    const printed = [...names.values()];
    const row = rows.get(key);
    const evidence = printed.map((p) => `${p.name} ${printedEvidence(year, p.documents)}`).join("; ");
    if (!row) {
      const level = levelOf(code);
      const out = { code, name: printed[0].name, kind, level };
      if (level > 1) out.parent = code.slice(0, code.length - 2);
      out.source = "observed";
      out.evidence = printed.length > 1 ? `undecided: ${evidence}` : printedEvidence(year, printed[0].documents);
      if (printed.length > 1) out.otherNames = printed.slice(1).map((p) => p.name);
      rows.set(key, out);
      continue;
    }
    const same = printed.find((p) => nameKey(p.name) === nameKey(row.name));
    const others = printed.filter((p) => p !== same);
    if (same) {
      row.evidence = `${row.evidence}; ${printedEvidence(year, same.documents)}`;
      if (row.source === "compiled") row.source = "observed";
    }
    if (others.length > 0) {
      row.otherNames = [...new Set([...(row.otherNames ?? []), ...others.map((p) => p.name)])];
      row.evidence = `${row.evidence}; undecided, also ${others.map((p) => `${p.name} ${printedEvidence(year, p.documents)}`).join("; ")}`;
    }
  }
  return [...rows.values()].sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind.localeCompare(b.kind)));
}

/** The base year's rows with its own amendments, then each later year, each edition built on the one before. */
function buildEditions(base) {
  const changes = changeList();
  const editions = [];
  let previous = base;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const yearChanges = changes.filter((c) => c.year === year);
    // The base year's printed evidence is already in its rows (seed, observed lists): only its amendments apply.
    const entries = nextEdition(previous, year, yearChanges, year === FIRST_YEAR ? new Map() : printedIn(year));
    editions.push({ year, entries, changes: yearChanges });
    previous = entries;
  }
  return editions;
}

/** The fields an edition may change on a row it keeps (core/catalog/stored-row.ts); evidence only grows. */
const CHANGEABLE = ["name", "parent", "source", "formerNames", "otherNames"];

/** What a later edition does to a row: the fields it replaces and the evidence it adds; undefined when nothing. */
function updateOf(before, after, year) {
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  const where = `${year} ${after.kind} ${after.code}`;
  if (!after.evidence.startsWith(`${before.evidence}; `)) throw new Error(`${where}: the evidence of the year before is not kept`);
  const update = { year, evidence: after.evidence.slice(before.evidence.length + 2) };
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field === "evidence" || JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    if (!CHANGEABLE.includes(field) || after[field] === undefined) throw new Error(`${where}: ${field} cannot change`);
    update[field] = after[field];
  }
  return update;
}

/**
 * Every row of every edition once: as its first edition has it, with `since` when that is a later edition,
 * `removedIn` for the first edition without it, and `updates`: what each later edition changes.
 */
function storedRows(editions) {
  const held = new Map();
  for (const { year, entries } of editions) {
    const present = new Set();
    for (const entry of entries) {
      const key = `${entry.kind}:${entry.code}`;
      present.add(key);
      const row = held.get(key);
      if (!row) held.set(key, { stored: year === FIRST_YEAR ? { ...entry } : { ...entry, since: year }, last: entry });
      else if (row.stored.removedIn !== undefined) throw new Error(`${key} comes back in ${year} after its removal`);
      else {
        const update = updateOf(row.last, entry, year);
        if (update) (row.stored.updates ??= []).push(update);
        row.last = entry;
      }
    }
    for (const [key, row] of held) if (!present.has(key) && row.stored.removedIn === undefined) row.stored.removedIn = year;
  }
  return [...held.values()].map((r) => r.stored).sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind.localeCompare(b.kind)));
}

/** A table one row a line, left as it is by prettier, so a changed row is a changed line. */
function table(name, type, rows) {
  return ["// prettier-ignore", `export const ${name}: readonly ${type}[] = [`, ...rows.map((r) => `  ${JSON.stringify(r)},`), "];"];
}

function catalogModule(editions, rows, maps, complete) {
  const sizes = editions.map((e) => `${e.year}: ${e.entries.length}`).join(", ");
  return [
    "// GENERATED by scripts/build-catalog.js from data/classification/*.csv — do not edit by hand.",
    'import type { StoredRow } from "../stored-row";',
    'import type { CatalogChange, ClassificationKind, EconMapping } from "../types";',
    "",
    "/** The bundled editions, oldest first: the base year, then each year built on the one before. */",
    `export const EDITION_YEARS: readonly number[] = ${JSON.stringify(editions.map((e) => e.year))};`,
    "",
    "/** Every edition's change list (changes.csv); each change names its year. The base year's are in its rows. */",
    `export const CHANGES: readonly CatalogChange[] = ${JSON.stringify(editions.flatMap((e) => e.changes), null, 1)};`,
    "",
    `/** Every row of every edition once (${rows.length}; rows per edition ${sizes}), with what later editions change. */`,
    ...table("ROWS", "StoredRow", rows),
    "",
    `/** 部门 → 政府 economic mapping rows (${maps.length}), for every edition. */`,
    ...table("MAPPINGS", "EconMapping", maps),
    "",
    `/** Branches of the base edition whose children are all listed ("" = the list of 类). */`,
    ...table("COMPLETE_BASE", "{ readonly kind: ClassificationKind; readonly parent: string; readonly evidence: string }", complete),
    "",
  ].join("\n");
}

async function main() {
  const editions = buildEditions(entries());
  const base = editions[0].entries;
  const known = new Set(base.map((e) => `${e.kind}:${e.code}`));
  const maps = mappings(known);
  const complete = completeBranches(known);
  const rows = storedRows(editions);
  const text = await formatted(catalogModule(editions, rows, maps, complete), OUT);
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
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${rows.length} rows, ${maps.length} mappings, ${complete.length} complete branches`);
  for (const e of editions) {
    const grades = {};
    for (const row of e.entries) grades[row.source] = (grades[row.source] ?? 0) + 1;
    const updated = rows.filter((r) => r.since === e.year || r.updates?.some((u) => u.year === e.year)).length;
    console.log(`  ${e.year}: ${e.entries.length} rows ${JSON.stringify(grades)}, ${e.changes.length} changes, ${updated} rows new or updated`);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
