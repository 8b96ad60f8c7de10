/** Issue #9: inputs are never written; existing files are replaced only when they are our reports or with --force. */
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
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-outputs-"));
  sampleBytes = await fs.readFile(SAMPLE_WORKBOOK);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A fresh folder with copies of the sample named as given. */
async function folderWith(name: string, ...files: string[]): Promise<string[]> {
  const folder = path.join(dir, name);
  await fs.mkdir(folder, { recursive: true });
  return Promise.all(
    files.map(async (file) => {
      const full = path.join(folder, file);
      await fs.writeFile(full, sampleBytes);
      return full;
    }),
  );
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

test("`--report d/*.xlsx`: the first workbook is not overwritten; exit 2 with one line before anything is checked", async () => {
  const [a, b, c] = await folderWith("glob", "a.xlsx", "b.xlsx", "c.xlsx");
  // What the shell passes for `budget-check --report glob/*.xlsx`.
  const run = await runCli(["--lang", "en", "--report", a!, b!, c!]);
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toEqual([
    `${a}: exists and is not a report written by budget-check; not replaced (choose another name, or --force)`,
  ]);
  expect(run.stdout).toBe("");
  expect((await fs.readFile(a!)).equals(sampleBytes)).toBe(true);
});

test("a report path that is an input (same path, ./ spelling, hard link, symlink, symlinked folder): exit 2, even with --force", async () => {
  const [input] = await folderWith("same", "dept.xlsx");
  const hard = path.join(dir, "same", "hard.xlsx");
  const soft = path.join(dir, "same", "soft.xlsx");
  const folderLink = path.join(dir, "same-link");
  await fs.link(input!, hard);
  await fs.symlink(input!, soft);
  await fs.symlink(path.join(dir, "same"), folderLink);
  const spellings = [input!, path.join(dir, "same", ".", "dept.xlsx"), hard, soft, path.join(folderLink, "dept.xlsx")];
  for (const target of spellings)
    for (const force of [[], ["--force"]]) {
      const run = await runCli(["--lang", "en", ...force, "--report", target, input!]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/being checked; it cannot be the report/);
      expect(run.stdout).toBe("");
    }
  expect((await fs.readFile(input!)).equals(sampleBytes)).toBe(true);
});

test("the catalog is an input too", async () => {
  const [input, catalog] = await folderWith("catalog", "dept.xlsx", "catalog.xlsx");
  const run = await runCli(["--lang", "en", "--catalog", catalog!, "--report", catalog!, input!]);
  expect(run.code).toBe(2);
  expect((await fs.readFile(catalog!)).equals(sampleBytes)).toBe(true);
});

test("a --report-dir output that is a hard link to an input is not written; the other reports are", async () => {
  const [input] = await folderWith("dir-in", "dept.xlsx");
  const out = path.join(dir, "dir-out");
  await fs.mkdir(out);
  await fs.link(input!, path.join(out, "dept.budget-check.xlsx"));
  const run = await runCli(["--lang", "en", "--report-dir", out, input!]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${path.join(out, "dept.budget-check.xlsx")}: the same file as ${input}`);
  expect(run.stderr).toContain(`Report written: ${path.join(out, "dept.budget-check.json")}`);
  expect((await fs.readFile(input!)).equals(sampleBytes)).toBe(true);
});

test("our own reports are replaced on the next run; a report someone saved since, or any other file, only with --force", async () => {
  const [input] = await folderWith("again", "dept.xlsx");
  const xlsx = path.join(dir, "again", "review.xlsx");
  const json = path.join(dir, "again", "review.json");
  const first = await runCli(["--report", xlsx, "--report", json, input!]);
  expect(first.code).toBe(1); // the sample has errors
  const second = await runCli(["--lang", "en", "--report", xlsx, "--report", json, input!]);
  expect(second.code).toBe(1);
  expect(lines(second.stderr)).toEqual([`Report written: ${xlsx}`, `Report written: ${json}`]);

  // A reviewer opens the report in Excel, adds notes and saves: Excel names them as the last author.
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.readFile(xlsx);
  edited.lastModifiedBy = "审核员";
  await edited.xlsx.writeFile(xlsx);
  const notes = "my own notes, not a report\n";
  await fs.writeFile(json, notes);
  const refused = await runCli(["--lang", "en", "--report", xlsx, "--report", json, input!]);
  expect(refused.code).toBe(2);
  expect(lines(refused.stderr)).toHaveLength(2);
  expect(await fs.readFile(json, "utf8")).toBe(notes);

  const forced = await runCli(["--lang", "en", "--force", "--report", xlsx, "--report", json, input!]);
  expect(forced.code).toBe(1);
  expect(JSON.parse(await fs.readFile(json, "utf8"))).toMatchObject({ workbook: "dept.xlsx" });
  const replaced = new ExcelJS.Workbook();
  await replaced.xlsx.readFile(xlsx);
  expect(replaced.lastModifiedBy).toBe("budget-check");
});

test("a report is written whole or not at all: no temporary file is left beside it", async () => {
  const [input] = await folderWith("temp", "dept.xlsx");
  await runCli(["--report", path.join(dir, "temp", "r.xlsx"), input!]);
  expect((await fs.readdir(path.join(dir, "temp"))).sort()).toEqual(["dept.xlsx", "r.xlsx"]);
});
