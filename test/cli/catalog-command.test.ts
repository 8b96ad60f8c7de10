/** `budget-check catalog …`: look-ups, coverage and the export that --catalog and the add-in load back unchanged. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { bundledCatalog, catalogFromGrid, type Catalog, type CatalogEntry } from "../../src/core/catalog";
import { loadCatalogFile } from "../../src/cli/load-catalog";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";
import { runCli } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-catalog-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("catalog CODE…", () => {
  test("a 2025 code printed by the corpus: name, level, parents, grade and evidence", async () => {
    const run = await runCli(["catalog", "215 08 99", "--year", "2025"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 5)).toEqual([
      "科目表：2025 年，内置 2025（部分）",
      "2150899 其他支持中小企业发展和管理支出",
      "  级次：项，支出功能分类",
      "  上级：215 资源勘探工业信息等支出 > 21508 支持中小企业发展和管理支出",
      "  等级：observed（真实公开文件印出，未经官方科目表核对）",
    ]);
    expect(run.stdout).toContain("corpus/pt-commerce-2025-dept");
  });

  test("JSON carries the year's change for a code that 财预〔2025〕41号 added", async () => {
    const run = await runCli(["catalog", "22911", "--year", "2025", "--format", "json"]);
    const out = JSON.parse(run.stdout) as { catalog: { edition: number }; codes: Record<string, unknown>[] };
    expect(out.catalog.edition).toBe(2025);
    expect(out.codes[0]).toMatchObject({
      found: true,
      code: "22911",
      name: "中央金融机构注资特别国债财务基金支出",
      level: 2,
      path: [{ code: "229", name: "其他支出" }],
      grade: "observed",
      changes: [{ year: 2025, change: "added", code: "22911" }],
    });
    expect(JSON.stringify(out.codes[0])).toContain("财预〔2025〕41号");
  });

  test("a code the catalog lacks: said in words, exit 1; an unreadable code: exit 2", async () => {
    const missing = await runCli(["catalog", "2999999", "--year", "2024"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("2999999：内置科目表中查不到");
    expect(missing.stdout).not.toContain("年版中有此编码");
    const later = await runCli(["catalog", "2150899", "--year", "2024", "--format", "json"]);
    expect(later.code).toBe(1);
    expect(JSON.parse(later.stdout).codes).toEqual([{ code: "2150899", found: false, inEditions: [2025, 2026] }]);
    const laterText = await runCli(["catalog", "2150899", "--year", "2024"]);
    expect(laterText.stdout).toContain("  2025 年版、2026 年版中有此编码");
    const bad = await runCli(["catalog", "abc"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("「abc」不是科目编码");
    const control = await runCli(["catalog", "\u001b[2Jx"]);
    expect(control.stderr).toContain("「?[2Jx」不是科目编码");
  });

  test("without --year the newest edition answers, and says its changes are not recorded", async () => {
    const run = await runCli(["catalog", "2010301", "--lang", "en"]);
    expect(run.stdout.split("\n")[0]).toBe("Catalog: 2026, 内置 2026（部分，2026 年变化未收录）");
    expect(run.stdout).toContain("  Level: 项 (item), functional classification");
  });

  test("a file named catalog is given as ./catalog and is checked as a file", async () => {
    const run = await runCli(["./catalog"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("./catalog：文件不存在");
  });

  test("catalog --help prints its usage", async () => {
    const run = await runCli(["catalog", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("用法：budget-check catalog 编码…");
  });

  test("catalog is a subcommand only as the first argument", async () => {
    const run = await runCli(["--format", "json", "catalog"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("catalog");
    expect(run.stdout).toBe("");
  });
});

describe("catalog --coverage", () => {
  test("2026: rows per level and grade, no complete branch, and the changes not recorded", async () => {
    const run = await runCli(["catalog", "--coverage", "--year", "2026"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2026 年变化未收录");
    expect(run.stdout).toMatch(/完整分支（列出了全部下级科目）：\n {2}无/u);
    expect(run.stdout).toContain("名称未定的科目（真实文件印出不同名称，无官方科目表可判断）：1 个");
  });

  test("2025 lists its changes with their notice", async () => {
    const run = await runCli(["catalog", "--coverage", "--year", "2025", "--lang", "en"]);
    expect(run.stdout).toContain('2170404 added "中央金融机构注资特别国债支出"; source: 财预〔2025〕41号');
  });
});

/** A row as the product uses it: everything but the name of the catalog that answered. */
function rowOf(e: CatalogEntry) {
  const { catalog: _catalog, ...row } = e;
  return row;
}

function completeBranches(catalog: Catalog): string[] {
  const kinds = ["functional", "econ-dept", "econ-gov"] as const;
  return kinds.flatMap((kind) =>
    ["", ...(catalog.entries?.() ?? []).filter((e) => e.kind === kind).map((e) => e.code)]
      .filter((code) => catalog.isBranchComplete(code, kind))
      .map((code) => `${kind}:${code}`),
  );
}

describe("catalog --export", () => {
  test.each([2024, 2025, 2026])(
    "the %i catalog comes back unchanged through --catalog and the sheet reader",
    async (year) => {
      const file = path.join(dir, `exported-${year}.xlsx`);
      const run = await runCli(["catalog", "--export", file, "--year", String(year)]);
      expect(run.code).toBe(0);
      const bundled = bundledCatalog(year);

      // --catalog: the command line's loader (the year comes from the sheet's title).
      const loaded = await loadCatalogFile(file, undefined);
      if (!loaded.ok) throw new Error("export not readable");
      expect(loaded.problems).toEqual([]);
      expect(loaded.catalog.year).toBe(year);
      expect(loaded.catalog.official).toBe(false);
      expect(loaded.catalog.entries?.().map(rowOf)).toEqual(bundled.entries?.().map(rowOf));
      expect(completeBranches(loaded.catalog)).toEqual(completeBranches(bundled));

      // The add-in reads a sheet's values with the same reader.
      const read = await readWorkbookFile(file);
      if (!read.ok) throw new Error("export not readable");
      const sheet = catalogFromGrid(read.snapshot.sheets[0]!.values, { year, source: "sheet" });
      expect(sheet.problems).toEqual([]);
      expect(sheet.catalog.entries?.().map(rowOf)).toEqual(bundled.entries?.().map(rowOf));
      expect(completeBranches(sheet.catalog)).toEqual(completeBranches(bundled));
    },
  );

  test("the 2024 export marks the complete branches the bundled catalog has", async () => {
    expect(completeBranches(bundledCatalog(2024))).toContain("functional:");
  });
});
