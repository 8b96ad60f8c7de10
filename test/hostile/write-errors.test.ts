/**
 * Issue #9: permission denied, a locked file and a full disk each have their own one-line message and exit 2; a
 * permission error on an input is not a damaged file. CI runs as root, so errors are injected (and /dev/full used),
 * never made with chmod.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/paths";
import { runCli } from "../cli/run-cli";

jest.setTimeout(60_000);

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-write-errors-"));
  input = path.join(dir, "dept.xlsx");
  await fs.copyFile(SAMPLE_WORKBOOK, input);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Makes every write of a file whose path contains `marker` fail with `code`, leaving other writes alone. */
function failWrites(method: "writeFile" | "rename", code: string, marker: string): void {
  const real = fs[method] as (...args: unknown[]) => Promise<void>;
  jest
    .spyOn(fs, method)
    .mockImplementation(((...args: unknown[]) =>
      String(args[method === "rename" ? 1 : 0]).includes(marker)
        ? Promise.reject(systemError(code))
        : real.apply(fs, args)) as never);
}

test.each([
  // --report files are streamed to a temporary file and renamed into place (report-sinks.ts): the rename is where
  // an injected error lands; a real failed write is the /dev/full case below.
  ["rename", "EACCES", "permission denied; the report was not written"],
  ["rename", "EPERM", "permission denied; the report was not written"],
  ["rename", "EBUSY", "the file is locked (open in Excel?); the report was not written; close it and retry"],
  ["rename", "ENOSPC", "the disk is full; the report was not written"],
] as const)("%s failing with %s: one line, exit 2, the other report still written", async (method, code, line) => {
  const target = path.join(dir, `${code}.json`);
  const other = path.join(dir, `${code}-other.xlsx`);
  failWrites(method, code, `${code}.json`);
  const run = await runCli(["--lang", "en", "--report", target, "--report", other, input]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${target}: ${line}\nReport written: ${other}\n`);
  expect((await fs.readdir(dir)).filter((f) => f.includes(`${code}.json`))).toEqual([]); // no temporary file left
});

test("a real full disk: a report written to /dev/full (through a link named .json)", async () => {
  const target = path.join(dir, "full.json");
  await fs.symlink("/dev/full", target);
  const run = await runCli(["--lang", "zh", "--report", target, input]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${target}：磁盘已满，报告未写入\n`);
});

test("a report that fails leaves the earlier report whole", async () => {
  const target = path.join(dir, "kept.json");
  expect((await runCli(["--report", target, input])).code).toBe(1);
  const before = await fs.readFile(target, "utf8");
  failWrites("rename", "ENOSPC", "kept.json");
  expect((await runCli(["--report", target, input])).code).toBe(2);
  expect(await fs.readFile(target, "utf8")).toBe(before);
});

test("an input that may not be read is said so, not called damaged; the other files are checked", async () => {
  const locked = path.join(dir, "locked.xlsx");
  await fs.copyFile(SAMPLE_WORKBOOK, locked);
  const realOpen = fs.open;
  jest
    .spyOn(fs, "open")
    .mockImplementation(((file: string, ...rest: unknown[]) =>
      String(file) === locked
        ? Promise.reject(systemError("EACCES"))
        : (realOpen as (...args: unknown[]) => Promise<unknown>)(file, ...rest)) as never);
  const run = await runCli(["--lang", "en", "--format", "json", locked, input]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${locked}: permission denied; not checked\n`);
  expect((JSON.parse(run.stdout) as { workbook: string }[]).map((r) => r.workbook)).toEqual(["dept.xlsx"]);
});

test("a catalog that may not be read is said so, not called damaged", async () => {
  const catalog = path.join(dir, "catalog.xlsx");
  await fs.copyFile(SAMPLE_WORKBOOK, catalog);
  const realOpen = fs.open;
  jest
    .spyOn(fs, "open")
    .mockImplementation(((file: string, ...rest: unknown[]) =>
      String(file) === catalog
        ? Promise.reject(systemError("EPERM"))
        : (realOpen as (...args: unknown[]) => Promise<unknown>)(file, ...rest)) as never);
  const run = await runCli(["--lang", "en", "--catalog", catalog, input]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${catalog}: permission denied; not checked\n`);
});
