/**
 * A worker thread that dies mid-file costs that file only (issue 10, issue 9 "a failed file in a batch never loses
 * the others' results"): with --jobs 2, one file of six is made to die in each way a worker can (the test-only fault
 * hook, src/cli/test-fault.ts); the other five are checked and reported in the stream, the summary line and the
 * report workbook, the dead one is listed as unreadable with one line saying how, and the exit status is 2.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";
import { TEST_FAULT_VARIABLE, type TestFault } from "../../src/cli/test-fault";

// Worker threads start from the TypeScript sources here, several per test, on a shared 2-core machine.
jest.setTimeout(120_000);

let dir: string;
let folder: string;
const files: string[] = [];
/** unit-3 has a 50 元 error (two error findings); the others are consistent. */
const totalOf = (i: number) => (i === 3 ? 350 : 300);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-crash-"));
  folder = path.join(dir, "送审");
  for (let i = 0; i < 6; i++) {
    files.push(
      await writeSmallBudgetWorkbook(path.join(folder, `unit-${i}.xlsx`), totalOf(i), { body: `测试第${i}局` }),
    );
  }
});
afterAll(async () => {
  delete process.env[TEST_FAULT_VARIABLE];
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env[TEST_FAULT_VARIABLE];
});

interface Line {
  kind: string;
  file?: string;
  [key: string]: unknown;
}

/** Runs the folder with --jobs 2, the report workbook and one file planned to die; NDJSON lines parsed. */
async function runWithFault(fault: TestFault, victim: string, extra: readonly string[] = []) {
  process.env[TEST_FAULT_VARIABLE] = JSON.stringify({ faults: { [victim]: fault }, workerHeapMB: 96 });
  const report = path.join(dir, `report-${fault}.xlsx`);
  const run = await runCli(["--jobs", "2", "--format", "ndjson", "--report", report, ...extra, folder]);
  const lines = run.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
  return { run, lines, report };
}

/** Everything but the victim is reported in full; the summary adds up; the report workbook lists all six. */
async function expectOnlyVictimLost(
  outcome: Awaited<ReturnType<typeof runWithFault>>,
  victim: string,
  kind: string,
  message: string,
) {
  const { run, lines, report } = outcome;
  expect(run.code).toBe(2);
  const results = lines.slice(0, -1);
  expect(results).toHaveLength(6);
  expect(results.map((l) => l.file).sort()).toEqual([...files].sort());
  for (const line of results) {
    if (line.file === victim) {
      expect(line).toEqual({ kind: "unreadable", file: victim, error: expect.objectContaining({ kind, message }) });
      continue;
    }
    const i = files.indexOf(line.file!);
    expect(line.kind).toBe("report");
    expect(line.body).toBe(`测试第${i}局`);
    expect((line.findings as { rule: string; severity: string }[]).map((f) => [f.rule, f.severity])).toEqual(
      i === 3
        ? [
            ["sum.row", "error"],
            ["sum.total", "error"],
          ]
        : [],
    );
  }
  const victimHadErrors = files.indexOf(victim) === 3;
  expect(lines[lines.length - 1]).toEqual({
    kind: "summary",
    files: 6,
    checked: 5,
    unreadable: 1,
    skipped: 0,
    error: victimHadErrors ? 0 : 2,
    warning: 0,
    info: 0,
    accepted: 0,
    filesWithErrors: victimHadErrors ? 0 : 1,
    exit: 2,
  });
  // One line on stderr for the lost file, never a stack trace.
  expect(run.stderr.split("\n").filter((l) => l.includes(victim))).toEqual([message]);
  expect(run.stderr).not.toMatch(/^\s+at /m);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const summary = wb.getWorksheet("汇总")!;
  expect(summary.rowCount).toBe(7);
  for (let r = 2; r <= 7; r++) {
    const values = summary.getRow(r).values as unknown[];
    const file = files[r - 2]!;
    expect(values[1]).toBe(path.basename(file));
    if (file === victim) expect(values[9]).toBe(message);
    else expect([values[2], values[4], values[9]]).toEqual([`测试第${r - 2}局`, r - 2 === 3 ? 2 : 0, "已检查"]);
  }
}

test("an uncaught exception in the worker: that file is unreadable with the error's first line", async () => {
  const victim = files[1]!;
  const outcome = await runWithFault("throw", victim);
  await expectOnlyVictimLost(
    outcome,
    victim,
    "worker-failed",
    `${victim}：检查线程出现内部错误（Error: injected fault），请报告此问题`,
  );
});

test("process.exit in the worker: that file is unreadable with the exit code", async () => {
  const victim = files[3]!;
  const outcome = await runWithFault("exit", victim);
  await expectOnlyVictimLost(outcome, victim, "worker-failed", `${victim}：检查线程意外退出（退出码 3），请报告此问题`);
});

test("a worker out of heap (resourceLimits): that file is unreadable, said as memory", async () => {
  const victim = files[0]!;
  const outcome = await runWithFault("oom", victim);
  await expectOnlyVictimLost(
    outcome,
    victim,
    "worker-failed",
    `${victim}：检查时内存耗尽，已停止，其他文件不受影响，请报告此问题`,
  );
});

test("a worker that hangs past --timeout: stopped, that file is unreadable, the rest go on", async () => {
  const victim = files[5]!;
  const outcome = await runWithFault("hang", victim, ["--timeout", "10"]);
  await expectOnlyVictimLost(
    outcome,
    victim,
    "timeout",
    `${victim}：检查超过 10 秒仍未完成，已停止（可用 --timeout 放宽）`,
  );
});

test("the last file dying leaves nothing unfinished, and --jobs 1 with --timeout uses a worker too", async () => {
  const victim = files[5]!;
  const outcome = await runWithFault("exit", victim, ["--jobs", "1", "--timeout", "60"]);
  await expectOnlyVictimLost(outcome, victim, "worker-failed", `${victim}：检查线程意外退出（退出码 3），请报告此问题`);
});

test("the fault hook needs NODE_ENV=test: without it the planned file is checked like any other", async () => {
  const victim = files[2]!;
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    const { run, lines } = await runWithFault("exit", victim);
    expect(run.code).toBe(1);
    expect(lines.filter((l) => l.kind === "report")).toHaveLength(6);
  } finally {
    process.env.NODE_ENV = saved;
  }
});

test("--timeout takes whole seconds from 1 to a day; anything else is a bad value and exit 2", async () => {
  for (const value of ["0", "1.5", "86401", "soon"]) {
    const run = await runCli(["--timeout", value, files[0]!]);
    expect([run.code, run.stdout, run.stderr.split("\n")[0]]).toEqual([2, "", `选项 --timeout 的值无效：${value}`]);
  }
});
