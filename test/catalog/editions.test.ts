/**
 * What each bundled edition is, as docs/catalog.md states it: the year before, plus the year's change list
 * (data/classification/changes.csv) and the pairs that year's real documents print (evidence.csv). Checked against
 * those files, edition by edition, so the way the generated data stores the editions cannot change an answer.
 */
import * as path from "node:path";
import { BUNDLED_YEARS, bundledCatalog, sameName } from "../../src/core/catalog";
import type { CatalogEntry } from "../../src/core/catalog";
import { readRecords, REPO } from "./evidence";

const file = (name: string) => readRecords(path.join(REPO, "data", "classification", name));
const changes = file("changes.csv");
const excluded = file("observed-excluded.csv");
/** The pairs a year's documents print that count as evidence (OBSERVED.md: PTFLY24YS renumbers its economic rows). */
const printedIn = (year: number) =>
  file("evidence.csv").filter(
    (r) =>
      Number(r.year) === year &&
      r.kind !== "revenue" &&
      (r.kind === "functional" || r.document !== "PTFLY24YS") &&
      !excluded.some((x) => x.code === r.code && sameName(x.name ?? "", r.name ?? "")),
  );

const key = (e: { kind?: string; code?: string }) => `${e.kind}:${e.code}`;
const rowsOf = (year: number) => new Map((bundledCatalog(year).entries?.() ?? []).map((e) => [key(e), e]));
const LATER = BUNDLED_YEARS.filter((y) => y > BUNDLED_YEARS[0]!);

test("the editions are 2024, 2025 and 2026", () => {
  expect(BUNDLED_YEARS).toEqual([2024, 2025, 2026]);
});

test.each(BUNDLED_YEARS)("the %i change list is the rows of changes.csv for that year", (year) => {
  const listed = changes.filter((c) => Number(c.year) === year).map((c) => `${c.change} ${c.code} ${c.name}`);
  expect((bundledCatalog(year).changes ?? []).map((c) => `${c.change} ${c.code} ${c.name ?? ""}`)).toEqual(listed);
});

describe.each(LATER)("the %i edition", (year) => {
  const before = rowsOf(year - 1);
  const now = rowsOf(year);
  const yearChanges = changes.filter((c) => Number(c.year) === year);
  const printed = printedIn(year);
  const changed = (e: CatalogEntry) =>
    yearChanges.some((c) => key(c) === key(e)) || printed.some((p) => key(p) === key(e));

  test("keeps every row of the year before that its change list does not remove", () => {
    const removed = new Set(yearChanges.filter((c) => c.change === "removed").map(key));
    const lost = [...before.keys()].filter((k) => !now.has(k) && !removed.has(k));
    expect(lost).toEqual([]);
    expect([...removed].filter((k) => now.has(k))).toEqual([]);
  });

  test("a row that neither the change list nor the year's documents name is as it was the year before", () => {
    const differ = [...before.values()].flatMap((old) => {
      const row = now.get(key(old));
      if (!row || changed(old)) return [];
      const same =
        row.name === old.name &&
        row.level === old.level &&
        row.parent === old.parent &&
        row.source === old.source &&
        row.evidence === old.evidence &&
        JSON.stringify(row.formerNames) === JSON.stringify(old.formerNames) &&
        JSON.stringify(row.otherNames) === JSON.stringify(old.otherNames);
      return same ? [] : [key(old)];
    });
    expect(differ).toEqual([]);
  });

  test("a row the year's documents print keeps its evidence and adds the year's printing", () => {
    const wrong = printed.flatMap((p) => {
      const row = now.get(key(p));
      const old = before.get(key(p));
      if (!row) return [`${key(p)} missing`];
      const evidenceGrew = old === undefined || row.evidence.startsWith(`${old.evidence}; `);
      // A row names at most three documents per name and year, then "(+n)": a document is looked for only then.
      const named = row.evidence.includes(p.document ?? "?") || /\(\+\d+\)/u.test(row.evidence);
      return evidenceGrew && row.evidence.includes(`printed in ${year}:`) && named
        ? []
        : [`${key(p)}: ${row.evidence}`];
    });
    expect(wrong).toEqual([]);
  });

  test("a printed compiled row becomes observed, a row new in the year is observed, other grades stay", () => {
    const wrong = [...now.values()].flatMap((row) => {
      const old = before.get(key(row));
      const confirmed = printed.some((p) => key(p) === key(row) && sameName(p.name ?? "", row.name));
      const expected = !old || (old.source === "compiled" && confirmed) ? "observed" : old.source;
      return row.source === expected ? [] : [`${key(row)} ${old?.source ?? "new"} → ${row.source}`];
    });
    expect(wrong).toEqual([]);
  });

  test("each code the change list adds is in it, under the notice's name, with the notice as evidence", () => {
    for (const c of yearChanges.filter((x) => x.change === "added")) {
      const row = now.get(key(c));
      expect([row?.name, row?.parent]).toEqual([c.name, c.parent || undefined]);
      expect(row?.evidence).toContain(`${year} added: ${c.source}`);
      if (!before.has(key(c))) expect(bundledCatalog(year - 1).lookup(c.code ?? "", c.kind as never)).toBeUndefined();
    }
  });

  test("a lookup answers each row of the edition, and only for its own kind", () => {
    const catalog = bundledCatalog(year);
    for (const row of now.values()) {
      expect(catalog.lookup(row.code, row.kind)).toEqual(row);
      expect(catalog.lookup(row.code)).toEqual(row);
      expect(catalog.path(row.code).at(-1)).toEqual(row);
    }
  });
});

test("2025 adds the codes of 财预〔2025〕41号; 2026 has no change list but the rows its documents print", () => {
  expect(bundledCatalog(2024).lookup("2170404")).toBeUndefined();
  expect(bundledCatalog(2025).lookup("2170404")?.name).toBe("中央金融机构注资特别国债支出");
  expect(bundledCatalog(2026).lookup("2170404")?.name).toBe("中央金融机构注资特别国债支出");
  expect(bundledCatalog(2026).changes).toEqual([]);
  expect(bundledCatalog(2026).entries?.().length).toBeGreaterThan(bundledCatalog(2025).entries?.().length ?? 0);
});

test("22198 is printed under two names in 2025 and 2026: the 2026 edition keeps both, the 2025 edition one", () => {
  // changes-2025-2026.csv: the 2025 决算 prints 超长期特别国债安排的支出, the 2026 预算 其他住房保障支出.
  const in2025 = bundledCatalog(2025).lookup("22198");
  const in2026 = bundledCatalog(2026).lookup("22198");
  expect([in2025?.name, in2025?.otherNames]).toEqual(["超长期特别国债安排的支出", undefined]);
  expect([in2026?.name, in2026?.otherNames]).toEqual(["超长期特别国债安排的支出", ["其他住房保障支出"]]);
  expect(in2026?.evidence.startsWith(`${in2025?.evidence}; `)).toBe(true);
});

test("a year without its own edition gets the rows of the nearest earlier one (the base before 2024)", () => {
  expect(bundledCatalog(2027).entries?.().map(key)).toEqual(bundledCatalog(2026).entries?.().map(key));
  expect(bundledCatalog(2023).entries?.().map(key)).toEqual(bundledCatalog(2024).entries?.().map(key));
  expect(bundledCatalog(2027).lookup("22198")?.evidence).toBe(bundledCatalog(2026).lookup("22198")?.evidence);
});
