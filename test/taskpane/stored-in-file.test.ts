/**
 * Browser mode reads the settings and acceptances stored in the opened file (issue 10), as the command line does: the
 * small budget table (合计 350 over 200 + 100: sum.row and sum.total errors at C8) with settings that re-grade sum.row
 * and turn off a rule, and an acceptance of sum.total, gives the same counts, the same accepted finding and the same
 * rules noted through the command line and through the browser's worker.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { acceptedXml, ruleNotes, settingsXml, type AcceptedReportFinding, type Report } from "../../src/core";
import { summaryCounts } from "../../src/taskpane/model";
import { openBytes } from "../../src/taskpane/source";
import { runCli } from "../cli/run-cli";
import { writeSmallBudgetWorkbook } from "../cli/small-budget-workbook";
import { appendZipEntry } from "../cli/zip-append";
import { InThreadWorker } from "./workbook-worker";

jest.setTimeout(60_000);

const SHEET = "一般公共预算支出表";
const SETTINGS = settingsXml({ rules: { "sum.row": "warning", "code.unknown": "off" } });
const ACCEPTED = acceptedXml([
  { rule: "sum.total", sheet: SHEET, cell: "C8", expected: "300", actual: "350", reason: "已说明：追加 50 元" },
]);

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-browser-stored-"));
  file = await writeSmallBudgetWorkbook(path.join(dir, "book.xlsx"), 350, { customXml: SETTINGS });
  await fs.writeFile(file, appendZipEntry(await fs.readFile(file), "customXml/item2.xml", ACCEPTED));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type Line = Report & { notes?: string[] };

async function inTheBrowser() {
  const bytes = await fs.readFile(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const opened = await openBytes(buffer, "book.xlsx", {}, () => new InThreadWorker());
  if (opened === "cancelled" || !opened.ok) throw new Error("not opened");
  return opened.checked;
}

test("the same counts, accepted finding and noted rules as the command line", async () => {
  const run = await runCli(["--format", "ndjson", "--lang", "en", file]);
  const [line, summary] = run.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line & Record<string, unknown>);
  const checked = await inTheBrowser();
  const report = checked.report("en");

  // What the command line says, by hand: sum.row re-graded to a warning, sum.total accepted, no error left.
  expect(line!.summary).toEqual({ error: 0, warning: 1, info: 0 });
  expect(summary).toMatchObject({ accepted: 1 });
  // The browser says the same.
  expect(report.summary).toEqual(line!.summary);
  expect(summaryCounts(report)).toMatchObject({ accepted: 1, bySeverity: { error: 0, warning: 1, info: 0 } });
  const sides = (r: Report) =>
    (r.findings as readonly AcceptedReportFinding[]).map((f) => [f.rule, f.severity, f.cell, f.accepted?.reason]);
  expect(sides(report)).toEqual(sides(line!));
  expect(sides(report)).toContainEqual(["sum.total", "error", "C8", "已说明：追加 50 元"]);

  // Each rule the stored settings change is noted in both (the pane lists these at its top).
  const stored = checked.stored?.settings;
  expect(stored?.ok).toBe(true);
  const noted = stored?.ok ? ruleNotes(stored.settings, "workbook").map((n) => [n.rule, n.setting]) : [];
  expect(noted).toEqual([
    ["code.unknown", "off"],
    ["sum.row", "warning"],
  ]);
  expect(line!.notes).toEqual([
    "note: rule code.unknown turned off by the settings stored in the workbook",
    "note: rule sum.row reported as warning by the settings stored in the workbook",
  ]);
});

test("without the stored parts the same workbook has two errors in both (the parts are what changes it)", async () => {
  const plain = await writeSmallBudgetWorkbook(path.join(dir, "plain", "book.xlsx"), 350);
  const run = await runCli(["--format", "ndjson", plain]);
  const line = JSON.parse(run.stdout.split("\n")[0]!) as Line;
  expect(line.summary).toEqual({ error: 2, warning: 0, info: 0 });
  const bytes = await fs.readFile(plain);
  const opened = await openBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    "book.xlsx",
    {},
    () => new InThreadWorker(),
  );
  expect(opened !== "cancelled" && opened.ok && opened.checked.report("zh").summary).toEqual(line.summary);
});
