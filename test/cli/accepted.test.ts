/**
 * Accepted findings (issue 10): stored in the workbook's custom XML part with rule, sheet, cell and both sides; the
 * command line shows them as accepted (not errors, not counted for the exit status) and they lapse when the numbers
 * change. The workbook is the small table of batch.test.ts: a 合计 of 350 over 200 + 100 gives sum.row and sum.total
 * at C8, expected 300, actual 350.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { acceptedXml, parseAcceptedXml } from "../../src/core/accepted";
import { runCli } from "./run-cli";
import { writeSmallBudgetWorkbook } from "./small-budget-workbook";

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-accepted-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function workbook(name: string, total: number, accepted?: string): Promise<string> {
  return writeSmallBudgetWorkbook(path.join(dir, name), total, { customXml: accepted });
}

const ACCEPTED = acceptedXml([
  {
    rule: "sum.total",
    sheet: "一般公共预算支出表",
    cell: "C8",
    expected: "300",
    actual: "350",
    reason: "已说明：<追加> 50 元",
  },
]);

test("the part's XML reads back what was written, escapes included", () => {
  expect(parseAcceptedXml(ACCEPTED)).toEqual([
    {
      rule: "sum.total",
      sheet: "一般公共预算支出表",
      cell: "C8",
      expected: "300",
      actual: "350",
      reason: "已说明：<追加> 50 元",
    },
  ]);
});

test("an accepted finding is shown as accepted, out of the error count; the other one still fails the run", async () => {
  const file = await workbook("accepted.xlsx", 350, ACCEPTED);
  const run = await runCli(["--format", "ndjson", file]);
  const [line, summary] = run.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(
    (line!.findings as { rule: string; severity: string; accepted?: unknown }[]).map((f) => [
      f.rule,
      f.severity,
      f.accepted,
    ]),
  ).toEqual([
    ["sum.row", "error", undefined],
    ["sum.total", "error", { reason: "已说明：<追加> 50 元" }],
  ]);
  expect(line!.summary).toEqual({ error: 1, warning: 0, info: 0 });
  expect(summary).toMatchObject({ kind: "summary", error: 1, accepted: 1, exit: 1 });

  const text = await runCli([file]);
  expect(text.stdout).toContain("✓ 已接受 C8");
  expect(text.stdout).toContain("(已说明：<追加> 50 元)");
});

test("accepting both findings: exit 0; the report workbook shows them as accepted", async () => {
  const both = acceptedXml([
    { rule: "sum.total", sheet: "一般公共预算支出表", cell: "C8", expected: "300", actual: "350", reason: "已说明" },
    { rule: "sum.row", sheet: "一般公共预算支出表", cell: "C8", expected: "300", actual: "350", reason: "已说明" },
  ]);
  const file = await workbook("both.xlsx", 350, both);
  const report = path.join(dir, "both-report.xlsx");
  const run = await runCli(["--report", report, file]);
  expect(run.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  expect(wb.getWorksheet("汇总")!.getCell("G2").value).toBe(2);
  expect(wb.getWorksheet("问题清单")!.getColumn(4).values.slice(2)).toEqual(["已接受", "已接受"]);
});

test("the acceptance lapses when the numbers change", async () => {
  const file = await workbook("changed.xlsx", 360, ACCEPTED);
  const run = await runCli(["--format", "json", file]);
  const report = JSON.parse(run.stdout) as { summary: { error: number }; findings: { accepted?: unknown }[] };
  expect(report.summary.error).toBe(2);
  expect(report.findings.every((f) => f.accepted === undefined)).toBe(true);
  expect(run.code).toBe(1);
});
