/**
 * --baseline previous.ndjson (issue 10, the resubmission case): workbooks matched by body and year, not by file
 * name; findings by rule, sheet, cell and both sides. The workbooks are the small table of batch.test.ts: a 合计 of
 * 300 is clean, any other total gives sum.row and sum.total at C8 with that total as the actual side.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";

jest.setTimeout(60_000);

let dir: string;
function workbook(file: string, body: string, total: number): Promise<string> {
  return writeSmallBudgetWorkbook(file, total, { body });
}

interface Line {
  kind: string;
  file: string;
  unchanged?: number;
  findings?: { rule: string; actual: string }[];
  [key: string]: unknown;
}
const parse = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-baseline-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a resubmission shows only what is new or changed, matched by body and year", async () => {
  const first = path.join(dir, "first");
  await workbook(path.join(first, "a.xlsx"), "甲局", 350);
  await workbook(path.join(first, "b.xlsx"), "乙局", 350);
  const before = await runCli(["--format", "ndjson", first]);
  const baseline = path.join(dir, "before.ndjson");
  await fs.writeFile(baseline, before.stdout);

  const second = path.join(dir, "second");
  // 甲局 resubmitted under another name, unchanged; 乙局 with another wrong total; 丙局 new.
  const a = await workbook(path.join(second, "甲局-修改稿.xlsx"), "甲局", 350);
  const b = await workbook(path.join(second, "b.xlsx"), "乙局", 360);
  const c = await workbook(path.join(second, "c.xlsx"), "丙局", 350);
  const after = await runCli(["--format", "ndjson", "--baseline", baseline, second]);
  const lines = parse(after.stdout);
  const byFile = new Map(lines.map((l) => [l.file, l]));
  expect(byFile.get(a)).toMatchObject({ findings: [], unchanged: 2, summary: { error: 0, warning: 0, info: 0 } });
  expect(byFile.get(b)!.findings!.map((f) => `${f.rule} ${f.actual}`)).toEqual(["sum.row 360", "sum.total 360"]);
  expect(byFile.get(b)!.unchanged).toBe(0);
  expect(byFile.get(c)!.findings!.map((f) => f.rule)).toEqual(["sum.row", "sum.total"]);
  expect(lines[lines.length - 1]).toMatchObject({ kind: "summary", error: 4, unchanged: 2, exit: 1 });
  expect(after.code).toBe(1);

  // Only the unchanged workbook: nothing new, exit 0.
  const only = await runCli(["--format", "ndjson", "--baseline", baseline, a]);
  expect(only.code).toBe(0);
});

test("a baseline that is missing or not NDJSON: one line, exit 2", async () => {
  const file = await workbook(path.join(dir, "x", "x.xlsx"), "丁局", 300);
  const gone = path.join(dir, "gone.ndjson");
  expect(await runCli(["--lang", "en", "--baseline", gone, file])).toMatchObject({
    code: 2,
    stderr: `${gone}: the baseline could not be read\n`,
  });
  const bad = path.join(dir, "bad.ndjson");
  await fs.writeFile(bad, '{"kind":"summary"}\nnot json\n');
  expect(await runCli(["--lang", "en", "--baseline", bad, file])).toMatchObject({
    code: 2,
    stderr: `${bad}: line 2 of the baseline is not JSON (--format ndjson output expected)\n`,
  });
});

test("narrative.direction: English words in an English report, and a baseline from a Chinese run still matches", async () => {
  const sample = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");
  const zh = await runCli(["--format", "ndjson", sample]);
  const en = await runCli(["--lang", "en", "--format", "ndjson", sample]);
  const sides = (stdout: string) =>
    (parse(stdout)[0]!.findings as { rule: string; cell: string; expected?: string; actual?: string }[])
      .filter((f) => f.rule === "narrative.direction")
      .map((f) => [f.cell, f.expected, f.actual]);
  // The seed's zero changes worded 增加 (golden G37, G48, G49): the text's word stays, the direction is worded.
  expect(sides(zh.stdout)).toEqual([
    ["A9", "持平", "增加"],
    ["A17", "持平", "增加"],
    ["A19", "持平", "增加"],
  ]);
  expect(sides(en.stdout)).toEqual([
    ["A9", "unchanged", "增加"],
    ["A17", "unchanged", "增加"],
    ["A19", "unchanged", "增加"],
  ]);
  // Every baseline written before directions were codes carries the Chinese words, as the Chinese run does today.
  const baseline = path.join(dir, "chinese.ndjson");
  await fs.writeFile(baseline, zh.stdout);
  const line = parse((await runCli(["--lang", "en", "--format", "ndjson", "--baseline", baseline, sample])).stdout)[0]!;
  expect(line.findings).toEqual([]);
  expect(line.unchanged).toBe(parse(zh.stdout)[0]!.findings!.length);
});
