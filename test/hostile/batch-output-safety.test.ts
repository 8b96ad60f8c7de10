/**
 * Output safety on the batch command line (issues #9 and #10 together): inputs found in folders and the --config /
 * --baseline files are inputs too; --report-dir targets are checked as they are written; the report workbook is
 * stamped as ours and so replaced by the next run; NDJSON escapes what JSON.stringify leaves raw.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import { runCli } from "../cli/run-cli";

jest.setTimeout(60_000);

let dir: string;
let sampleBytes: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-batch-safety-"));
  sampleBytes = await fs.readFile(SAMPLE_WORKBOOK);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function folder(name: string, ...files: string[]): Promise<string> {
  const at = path.join(dir, name);
  await fs.mkdir(at, { recursive: true });
  for (const file of files) await fs.writeFile(path.join(at, file), sampleBytes);
  return at;
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

test("a --report naming a workbook found inside a folder argument: exit 2 before anything is checked, even with --force", async () => {
  const at = await folder("found", "a.xlsx", "b.xlsx");
  const target = path.join(at, "b.xlsx");
  const run = await runCli(["--lang", "en", "--force", "--report", target, at]);
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toEqual([
    `${target}: this is a file being checked; it cannot be the report; choose another report name`,
  ]);
  expect(run.stdout).toBe("");
  expect((await fs.readFile(target)).equals(sampleBytes)).toBe(true);
});

test("the --config and --baseline files are inputs: a report over either is refused", async () => {
  const at = await folder("named", "a.xlsx");
  const config = path.join(at, "settings.json");
  await fs.writeFile(config, "{}\n");
  const baseline = path.join(at, "old.json"); // --report takes .json or .xlsx names
  await fs.writeFile(baseline, "");
  for (const [flag, file] of [
    ["--config", config],
    ["--baseline", baseline],
  ] as const) {
    const before = await fs.readFile(file, "utf8");
    const run = await runCli(["--lang", "en", "--force", flag, file, "--report", file, path.join(at, "a.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: this is a file being checked`);
    expect(await fs.readFile(file, "utf8")).toBe(before);
  }
});

test("--report-dir: a target that is not our report is left alone and named; the other reports are written", async () => {
  const at = await folder("dir-in", "a.xlsx", "b.xlsx");
  const out = path.join(dir, "dir-out");
  await fs.mkdir(out);
  const foreign = path.join(out, "a.budget-check.xlsx");
  await fs.writeFile(foreign, "someone else's file");
  const run = await runCli(["--lang", "en", "--report-dir", out, at]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `${foreign}: exists and is not a report written by budget-check; not replaced (choose another name, or --force)`,
  );
  expect(await fs.readFile(foreign, "utf8")).toBe("someone else's file");
  expect((await fs.readdir(out)).sort()).toEqual([
    "a.budget-check.json",
    "a.budget-check.xlsx",
    "b.budget-check.json",
    "b.budget-check.xlsx",
  ]);
});

test("the report workbook is stamped as ours: a second run replaces it without --force; a copy saved by someone else is kept", async () => {
  const at = await folder("stamp", "a.xlsx");
  const target = path.join(dir, "stamp-report.xlsx");
  expect((await runCli(["--report", target, at])).code).toBe(1);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(target);
  expect(book.creator).toBe("budget-check");
  expect(book.lastModifiedBy).toBe("budget-check");
  expect((await runCli(["--report", target, at])).code).toBe(1);
  book.lastModifiedBy = "审核人";
  await book.xlsx.writeFile(target);
  const run = await runCli(["--lang", "en", "--report", target, at]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${target}: exists and is not a report written by budget-check`);
});

test("NDJSON lines escape C1 and bidi marks from file names; the text summary shows them escaped", async () => {
  const at = await folder("esc", "a\u202eb.xlsx", "c\u009bd.xlsx");
  const ndjson = await runCli(["--format", "ndjson", at]);
  expect(ndjson.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
  const files = lines(ndjson.stdout)
    .map((line) => JSON.parse(line) as { kind: string; file?: string })
    .filter((l) => l.kind === "report")
    .map((l) => path.basename(l.file!));
  expect(files.sort()).toEqual(["a\u202eb.xlsx", "c\u009bd.xlsx"]);
  const text = await runCli([at]);
  expect(text.stdout).toContain("a\\u202eb.xlsx");
  expect(text.stdout).toContain("c\\x9bd.xlsx");
  expect(text.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
});
