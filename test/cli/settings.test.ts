/**
 * The settings file (issue 10): budget-check.config.json found upward from each workbook's folder or named by
 * --config; rules off or re-graded (and listed as notes), tolerance per unit, limits; a bad file is one line naming
 * the key and exit 2. The workbook is small-budget-workbook.ts with its 合计 50 元 over 200 + 100, which
 * gives exactly two errors (sum.row and sum.total at C8) without settings.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { RULE_IDS } from "../../src/core/findings/rule-ids";
import { mergeSettings, parseSettings, ruleNotes } from "../../src/core/settings";
import { SETTINGS_LIMITS } from "../../src/core/settings/types";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";

jest.setTimeout(60_000);

let dir: string;
function workbook(file: string): Promise<string> {
  return writeSmallBudgetWorkbook(file, 350);
}
async function config(folder: string, value: unknown): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, "budget-check.config.json"), JSON.stringify(value));
}

interface Line {
  kind: string;
  file: string;
  notes?: string[];
  settings?: string;
  findings?: { rule: string; severity: string; cell: string }[];
}
async function ndjson(argv: string[]): Promise<{ code: number; lines: Line[]; stderr: string }> {
  const run = await runCli(["--format", "ndjson", "--lang", "en", ...argv]);
  return {
    code: run.code,
    stderr: run.stderr,
    lines: run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Line),
  };
}
const found = (line: Line) => line.findings!.map((f) => `${f.rule} ${f.severity} ${f.cell}`);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-settings-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("without settings: two errors", async () => {
  const file = await workbook(path.join(dir, "plain", "a.xlsx"));
  const run = await ndjson([file]);
  expect(found(run.lines[0]!)).toEqual(["sum.row error C8", "sum.total error C8"]);
  expect(run.code).toBe(1);
});

test("found upward, the nearest file wins: a rule off, another re-graded, both listed as notes", async () => {
  const top = path.join(dir, "bureau");
  await config(top, { rules: { "sum.row": "off" } });
  await config(path.join(top, "dept"), { rules: { "sum.total": "warning" } });
  const near = await workbook(path.join(top, "dept", "deep", "b.xlsx"));
  const far = await workbook(path.join(top, "other", "c.xlsx"));
  const report = path.join(dir, "settings-report.xlsx");
  const run = await ndjson(["--jobs", "1", "--report", report, near, far]);
  const [b, c] = run.lines as [Line, Line];
  // dept's file: only sum.total is re-graded; the bureau's sum.row "off" does not reach it (nearest file wins).
  expect(found(b)).toEqual(["sum.row error C8", "sum.total warning C8"]);
  expect(b.settings).toBe(path.join(top, "dept", "budget-check.config.json"));
  expect(b.notes).toEqual([
    `note: rule sum.total reported as warning by ${path.join(top, "dept", "budget-check.config.json")}`,
  ]);
  expect(found(c)).toEqual(["sum.total error C8"]);
  expect(c.notes).toEqual([`note: rule sum.row turned off by ${path.join(top, "budget-check.config.json")}`]);
  expect(run.code).toBe(1);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const notes = wb.getWorksheet("Notes")!;
  expect(notes.getColumn(1).values.slice(2).sort()).toEqual([b.notes![0], c.notes![0]].sort());
});

test("--config FILE for every workbook; tolerance applies to its own unit only", async () => {
  const file = await workbook(path.join(dir, "tol", "d.xlsx"));
  const wanYuan = path.join(dir, "wan.json");
  await fs.writeFile(wanYuan, JSON.stringify({ tolerance: { 万元: "50" } }));
  expect(found((await ndjson(["--config", wanYuan, file])).lines[0]!)).toEqual([
    "sum.row error C8",
    "sum.total error C8",
  ]);
  const yuan = path.join(dir, "yuan.json");
  await fs.writeFile(yuan, JSON.stringify({ tolerance: { 元: "50", 万元: "0.01" } }));
  const run = await ndjson(["--config", yuan, file]);
  // 50 元 off with a 50 元 tolerance: warnings, never hidden.
  expect(found(run.lines[0]!)).toEqual(["sum.row warning C8", "sum.total warning C8"]);
  expect(run.code).toBe(0);
});

test("limits.maxFileMB: a larger file is unreadable, exit 2", async () => {
  const file = await workbook(path.join(dir, "limit", "e.xlsx"));
  await config(path.join(dir, "limit"), { limits: { maxFileMB: 0.000001 } });
  const run = await ndjson([file]);
  expect(run.lines[0]).toMatchObject({ kind: "unreadable", file, error: { kind: "limit" } });
  expect(run.stderr).toContain(`${file}: over the read limit for the file size in MB (at most 0.000001;`);
  expect(run.code).toBe(2);
});

test("limits: a --max-… flag wins over the settings file, which wins over the defaults", async () => {
  const file = await workbook(path.join(dir, "limit-order", "f.xlsx"));
  await config(path.join(dir, "limit-order"), { limits: { maxCellChars: 1 } });
  const bySettings = await ndjson([file]);
  expect(bySettings.lines[0]).toMatchObject({ kind: "unreadable", error: { kind: "limit" } });
  expect(bySettings.stderr).toContain("the characters of one cell (at most 1;");
  const byFlag = await ndjson(["--max-cell-chars", "32767", file]);
  expect(byFlag.lines[0]).toMatchObject({ kind: "report", file });
  // A flag that lowers a limit wins too.
  await config(path.join(dir, "limit-order"), { limits: { maxCellChars: 32767 } });
  const lowered = await ndjson(["--max-cell-chars", "1", file]);
  expect(lowered.lines[0]).toMatchObject({ kind: "unreadable", error: { kind: "limit" } });
});

test.each([
  [{ rules: { "sum.totl": "off" } }, "unknown key in the settings file: rules.sum.totl"],
  [{ rules: { "sum.total": "fatal" } }, 'invalid value for rules.sum.total in the settings file: "fatal"'],
  [{ tolerance: { 元: "-1" } }, 'invalid value for tolerance.元 in the settings file: "-1"'],
  [{ tolerance: { 千元: "1" } }, "unknown key in the settings file: tolerance.千元"],
  [{ profile: "beijing" }, 'invalid value for profile in the settings file: "beijing"'],
  [{ catalog: { year: 1999 } }, "invalid value for catalog.year in the settings file: 1999"],
  [{ limit: {} }, "unknown key in the settings file: limit"],
  [[], "the settings file must hold one JSON object"],
])("a bad settings file %j: one line naming the key, exit 2, nothing checked", async (value, message) => {
  const folder = path.join(dir, `bad-${Math.random().toString(36).slice(2)}`);
  const file = await workbook(path.join(folder, "f.xlsx"));
  await config(folder, value);
  const run = await runCli(["--lang", "en", file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${path.join(folder, "budget-check.config.json")}: ${message}\n`);
  expect(run.stdout).toBe("");
});

test("not JSON, and a --config that does not exist", async () => {
  const bad = path.join(dir, "broken.json");
  await fs.writeFile(bad, "{ rules: ");
  const file = await workbook(path.join(dir, "g", "g.xlsx"));
  const run = await runCli(["--config", bad, file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^.*broken\.json：设置文件不是有效的 JSON（.+）\n$/);
  const gone = await runCli(["--lang", "en", "--config", path.join(dir, "gone.json"), file]);
  expect(gone.stderr).toBe(`${path.join(dir, "gone.json")}: the settings file could not be read\n`);
});

test("precedence: flags, then the settings file, then the workbook, then defaults; merged key by key", () => {
  const flags = { catalog: { year: 2026 } };
  const file = {
    rules: { "sum.row": "off" as const },
    tolerance: { 元: "1" },
    catalog: { file: "a.xlsx", year: 2025 },
  };
  const stored = {
    rules: { "sum.total": "warning" as const, "sum.row": "error" as const },
    profile: "shanghai" as const,
  };
  expect(mergeSettings(flags, file, stored, undefined)).toEqual({
    rules: { "sum.row": "off", "sum.total": "warning" },
    tolerance: { 元: "1" },
    profile: "shanghai",
    catalog: { file: "a.xlsx", year: 2026 },
  });
  expect(ruleNotes({ rules: { "sum.total": "info", "code.unknown": "off" } }, "x.json")).toEqual([
    { rule: "code.unknown", setting: "off", source: "x.json" },
    { rule: "sum.total", setting: "info", source: "x.json" },
  ]);
  expect(parseSettings('\uFEFF{"tolerance":{"万元":0.01}}')).toEqual({
    ok: true,
    settings: { tolerance: { 万元: "0.01" } },
  });
});

test("the shipped JSON Schema describes the keys the parser accepts", async () => {
  const schema = JSON.parse(
    await fs.readFile(path.join(__dirname, "..", "..", "schemas", "budget-check.config.schema.json"), "utf8"),
  ) as {
    properties: Record<
      string,
      { properties?: Record<string, unknown>; enum?: string[]; propertyNames?: { pattern: string } }
    >;
  };
  expect(Object.keys(schema.properties).sort()).toEqual([
    "$schema",
    "catalog",
    "limits",
    "profile",
    "rules",
    "tolerance",
  ]);
  expect(Object.keys(schema.properties.tolerance!.properties!)).toEqual(["元", "万元"]);
  expect(Object.keys(schema.properties.catalog!.properties!)).toEqual(["file", "year"]);
  expect(Object.keys(schema.properties.limits!.properties!)).toEqual([...SETTINGS_LIMITS]);
  expect(schema.properties.profile!.enum).toEqual(["auto", "henan", "shanghai", "national"]);
  // Every rule id fits the schema's pattern for rule keys, and the parser accepts each.
  const pattern = new RegExp(schema.properties.rules!.propertyNames!.pattern);
  for (const rule of RULE_IDS) {
    expect(rule).toMatch(pattern);
    expect(parseSettings(JSON.stringify({ rules: { [rule]: "off" } })).ok).toBe(true);
  }
});

test("the settings file's catalog: a file that does not exist stops the run (exit 2); its year picks the bundled catalog", async () => {
  const folder = path.join(dir, "catalog");
  const file = await workbook(path.join(folder, "h.xlsx"));
  await config(folder, { catalog: { file: "missing-catalog.xlsx" } });
  const run = await runCli(["--lang", "en", file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${path.join(folder, "missing-catalog.xlsx")}: no such file\n`);

  await config(folder, { catalog: { year: 2024 } });
  const json = JSON.parse((await runCli(["--format", "json", file])).stdout) as { catalog: { year: number } };
  // The workbook's titles say 2025; the settings ask for the 2024 catalog.
  expect(json.catalog.year).toBe(2024);
});
