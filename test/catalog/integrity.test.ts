/** Shape of the bundled data: levels, parents, kinds, unique codes, sources, mappings; and the generated file is current. */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { bundledCatalog } from "../../src/core/catalog";
import type { CatalogEntry } from "../../src/core/catalog";
import { REPO } from "./evidence";

const catalog = bundledCatalog(2024);
const entries: readonly CatalogEntry[] = catalog.entries?.() ?? [];
const FIRST_DIGIT = { functional: "2", "econ-dept": "3", "econ-gov": "5" } as const;
const LENGTH = { 1: 3, 2: 5, 3: 7 } as const;

describe("bundled catalog integrity", () => {
  test("it has rows of every kind", () => {
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(["functional", "econ-dept", "econ-gov"]));
  });

  test("each code has the length of its level, the first digit of its kind, digits only", () => {
    const bad = entries.filter(
      (e) => e.code.length !== LENGTH[e.level] || e.code[0] !== FIRST_DIGIT[e.kind] || !/^\d+$/u.test(e.code),
    );
    expect(bad).toEqual([]);
  });

  test("economic classifications stop at 款", () => {
    expect(entries.filter((e) => e.kind !== "functional" && e.level === 3)).toEqual([]);
  });

  test("each 款 and 项 names its parent, and the parent 类 is in the catalog", () => {
    const orphans = entries.filter(
      (e) => e.level > 1 && (e.parent !== e.code.slice(0, -2) || !catalog.lookup(e.code.slice(0, 3), e.kind)),
    );
    expect(orphans).toEqual([]);
  });

  test("no code appears twice within a kind", () => {
    const keys = entries.map((e) => `${e.kind}:${e.code}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  test("every row carries a source, its evidence and a non-blank name without spaces", () => {
    const bad = entries.filter(
      (e) =>
        !["seed", "observed", "partial", "compiled"].includes(e.source) ||
        e.evidence.trim() === "" ||
        !/^\S+$/u.test(e.name),
    );
    expect(bad).toEqual([]);
  });

  test("round brackets are full-width, as the catalog prints them", () => {
    expect(entries.filter((e) => /[()]/u.test(e.name))).toEqual([]);
  });

  test("former names carry a plausible year", () => {
    const renamed = entries.filter((e) => e.formerNames?.length);
    expect(renamed.map((e) => e.code).sort()).toEqual(["207", "210", "215", "220"]);
    for (const e of renamed) for (const f of e.formerNames ?? []) expect(f.until).toBeGreaterThan(2006);
  });

  test("a complete branch has at least one child listed", () => {
    const parents = ["201", "221", "22102", "21011", "301", "302", "303", "307", "501", "502", "505"];
    for (const p of parents.filter((code) => catalog.isBranchComplete(code))) {
      expect(entries.some((e) => e.parent === p)).toBe(true);
    }
  });

  test("each mapping joins a department code to a government code of the same level", () => {
    for (const unitType of ["机关", "事业单位"] as const) {
      for (const dept of entries.filter((e) => e.kind === "econ-dept")) {
        const gov = catalog.governmentCodeFor(dept.code, unitType);
        if (gov) expect([gov.kind, gov.level]).toEqual(["econ-gov", dept.level]);
      }
    }
  });

  test("the committed data module is what scripts/build-catalog.js makes of the CSV files", () => {
    const out = execFileSync(process.execPath, [path.join(REPO, "scripts", "build-catalog.js"), "--check"], {
      encoding: "utf8",
    });
    expect(out).toContain("up to date");
  });
});
