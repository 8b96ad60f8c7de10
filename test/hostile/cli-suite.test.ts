/**
 * The hostile-input suite through the command line (issue #9): each generated workbook is checked by a child
 * process. Its only time and memory assertions are the generous guards of cli-child.ts (a run that does not end,
 * or passes 1.5 GB, fails); `npm run bench -- hostile` prints the measured figures.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { MEMORY_GUARD_KB, runCliChild, type ChildRun } from "./cli-child";
import { hostileFixtures } from "./fixtures";

/** Cells past Excel's 32,767 characters are refused by the reader's cell-chars limit at its default (#8); the
 * hostile cases raise it so that what happens past the reader (cutting, escaping, sealing) is what is tested. */
const RAISED_CELL_LIMIT = ["--max-cell-chars", "2000000"];

jest.setTimeout(300_000);

const CASES = ["control-escapes", "long-decimals", "huge-exponent", "long-cell", "long-number"];

let dir: string;
let files: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, files, cleanup } = await hostileFixtures(CASES));
});
afterAll(() => cleanup());

/* eslint-disable-next-line no-control-regex -- raw control characters are what must never be printed */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function withinGuards(run: ChildRun): void {
  expect(run.hung).toBe(false);
  expect(run.maxRssKb).toBeDefined();
  expect(run.maxRssKb!).toBeLessThan(MEMORY_GUARD_KB);
}

test.each(CASES)("%s: checked (exit 1, the sample's errors), nothing raw printed, within the guards", async (name) => {
  const run = await runCliChild([...RAISED_CELL_LIMIT, "--lang", "en", files[name]!]);
  withinGuards(run);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  expect(RAW_CONTROL.test(run.stdout)).toBe(false);
  expect(run.stdout).toMatch(new RegExp(`${name}\\.xlsx: \\d+ errors, \\d+ warnings, \\d+ info\\n$`));
});

test("every case and a truncated workbook in one run: the truncated one is one line, the others all reported", async () => {
  const truncated = path.join(dir, "truncated.xlsx");
  const whole = await fs.readFile(files["control-escapes"]!);
  await fs.writeFile(truncated, whole.subarray(0, whole.length >> 1));
  const report = path.join(dir, "all.xlsx");
  const inputs = [
    ...CASES.slice(0, 2).map((name) => files[name]!),
    truncated,
    ...CASES.slice(2).map((name) => files[name]!),
  ];
  const run = await runCliChild([
    ...RAISED_CELL_LIMIT,
    "--format",
    "json",
    "--lang",
    "en",
    "--report",
    report,
    ...inputs,
  ]);
  withinGuards(run);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    new RegExp(
      `^${truncated.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: damaged or not a valid \\.xlsx.*\\nReport written: `,
    ),
  );
  expect((JSON.parse(run.stdout) as { workbook: string }[]).map((r) => r.workbook)).toEqual(
    CASES.map((name) => `${name}.xlsx`),
  );
  expect((await fs.stat(report)).size).toBeGreaterThan(0);
});

test("`--report d/*.xlsx`: exit 2, one line, the workbook untouched", async () => {
  const [first, ...rest] = CASES.map((name) => files[name]!);
  const before = await fs.readFile(first!);
  const run = await runCliChild(["--report", first!, ...rest]);
  withinGuards(run);
  expect(run.code).toBe(2);
  expect(run.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
  expect((await fs.readFile(first!)).equals(before)).toBe(true);
});
