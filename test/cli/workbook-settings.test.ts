/**
 * Settings stored in the workbook by the pane (issue 10): the command line applies them below the settings file
 * (flags > settings file > workbook > defaults) and names every rule they turn off or re-grade. The workbook is the
 * small table of accepted.test.ts: a 合计 of 350 over 200 + 100 gives sum.row and sum.total errors at C8.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { settingsXml } from "../../src/core/settings";
import { SETTINGS_NAMESPACE } from "../../src/core";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-wb-settings-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function workbook(folder: string, part: string | undefined): Promise<string> {
  return writeSmallBudgetWorkbook(path.join(dir, folder, "book.xlsx"), 350, { customXml: part });
}

type Line = { findings: { rule: string; severity: string }[]; notes?: string[] };

function firstLine(stdout: string): Line {
  return JSON.parse(stdout.split("\n")[0]!) as Line;
}

test("the workbook's settings apply, and each rule they change is noted", async () => {
  const file = await workbook("alone", settingsXml({ rules: { "sum.row": "off", "sum.total": "warning" } }));
  const run = await runCli(["--format", "ndjson", "--lang", "en", file]);
  const line = firstLine(run.stdout);
  expect(line.findings.map((f) => [f.rule, f.severity])).toEqual([["sum.total", "warning"]]);
  expect(line.notes).toEqual([
    "note: rule sum.row turned off by the settings stored in the workbook",
    "note: rule sum.total reported as warning by the settings stored in the workbook",
  ]);
  expect(run.code).toBe(0);
});

test("a settings file beside the workbook wins over the workbook, rule by rule", async () => {
  const file = await workbook("with-file", settingsXml({ rules: { "sum.row": "off", "sum.total": "warning" } }));
  await fs.writeFile(
    path.join(dir, "with-file", "budget-check.config.json"),
    JSON.stringify({ rules: { "sum.total": "error" } }),
  );
  const run = await runCli(["--format", "ndjson", "--lang", "en", file]);
  const line = firstLine(run.stdout);
  expect(line.findings.map((f) => [f.rule, f.severity])).toEqual([["sum.total", "error"]]);
  expect(line.notes).toEqual([
    expect.stringMatching(/^note: rule sum\.total reported as error by .*budget-check\.config\.json$/),
    "note: rule sum.row turned off by the settings stored in the workbook",
  ]);
  expect(run.code).toBe(1);
});

test("a damaged settings part is not used, and the report says so", async () => {
  const file = await workbook(
    "damaged",
    `<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}">{"rules":{"no.such":"off"}}</budgetCheckSettings>`,
  );
  const run = await runCli(["--format", "ndjson", "--lang", "en", file]);
  const line = firstLine(run.stdout);
  expect(line.findings.map((f) => f.rule)).toEqual(["sum.row", "sum.total"]);
  expect(line.notes).toEqual([
    "note: the settings stored in the workbook could not be read (rules.no.such) and were not used",
  ]);
});

describe("a catalog year stored in the workbook chooses the bundled edition, as in the pane", () => {
  // The workbook's titles say 2025, so without settings the 2025 edition is used; the stored year says 2024.
  type CatalogLine = { catalog: { year: number; source: string } };
  const catalogOf = (stdout: string) => (JSON.parse(stdout.split("\n")[0]!) as CatalogLine).catalog;
  const stored = settingsXml({ catalog: { year: 2024 } });

  test("alone: the stored year", async () => {
    const file = await workbook("catalog-alone", stored);
    const run = await runCli(["--format", "ndjson", "--lang", "en", file]);
    expect(catalogOf(run.stdout)).toEqual({ year: 2024, source: "内置 2024（部分）" });
    const plain = await workbook("catalog-none", undefined);
    expect(catalogOf((await runCli(["--format", "ndjson", "--lang", "en", plain])).stdout).year).toBe(2025);
  });

  test("a settings file's year wins over the workbook's, and --year over both", async () => {
    const file = await workbook("catalog-file", stored);
    await fs.writeFile(
      path.join(dir, "catalog-file", "budget-check.config.json"),
      JSON.stringify({ catalog: { year: 2026 } }),
    );
    expect(catalogOf((await runCli(["--format", "ndjson", file])).stdout).year).toBe(2026);
    expect(catalogOf((await runCli(["--format", "ndjson", "--year", "2025", file])).stdout).year).toBe(2025);
  });

  test("a settings file with other keys only leaves the workbook's year in force, in worker threads too", async () => {
    const file = await workbook("catalog-other-keys", stored);
    await fs.writeFile(
      path.join(dir, "catalog-other-keys", "budget-check.config.json"),
      JSON.stringify({ rules: { "sum.row": "off" } }),
    );
    const run = await runCli(["--format", "ndjson", "--jobs", "2", file, await workbook("catalog-alone", stored)]);
    const lines = run.stdout.trimEnd().split("\n").slice(0, -1);
    expect(lines.map((l) => (JSON.parse(l) as CatalogLine).catalog.year)).toEqual([2024, 2024]);
  });
});
