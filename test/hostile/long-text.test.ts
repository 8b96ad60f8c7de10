/**
 * Issue #9: one cell of 1,000,000 unbroken characters. The text report cuts it in the middle ("…[+N]…"), the JSON
 * keeps it whole, the report workbook keeps every cell within Excel's 32,767 characters.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/findings/report";
import { runCli } from "../cli/run-cli";
import { hostileFixtures } from "./fixtures";

/** Cells past Excel's 32,767 characters are refused by the reader's cell-chars limit at its default (#8); the
 * hostile cases raise it so that what happens past the reader (cutting, escaping, sealing) is what is tested. */
const RAISED_CELL_LIMIT = ["--max-cell-chars", "2000000"];

jest.setTimeout(120_000);

let dir: string;
let file: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await hostileFixtures(["long-cell"]);
  ({ dir, cleanup } = made);
  file = made.files["long-cell"]!;
});
afterAll(() => cleanup());

const MILLION_A = "A".repeat(1_000_000);

test("the text report shows the start and end of the text and how much was cut", async () => {
  const run = await runCli([...RAISED_CELL_LIMIT, "--lang", "en", file]);
  expect(run.code).toBe(1);
  const line = run.stdout.split("\n").find((l) => l.includes("F9") && l.includes("value.unreadable"))!;
  expect(line.length).toBeLessThan(600);
  expect(line).toMatch(/ "A+…\[\+\d{6}\]…A+" is not a readable amount; the checks involving this cell were not made\./);
  expect(run.stdout.length).toBeLessThan(100_000);
});

test("the JSON report has the full text", async () => {
  const run = await runCli([...RAISED_CELL_LIMIT, "--format", "json", file]);
  const report = JSON.parse(run.stdout) as Report;
  const f9 = report.findings.find((f) => f.cell === "F9" && f.rule === "value.unreadable")!;
  expect(f9.message.includes(MILLION_A)).toBe(true);
});

test("the report workbook: no cell over 32,767 characters", async () => {
  const target = path.join(dir, "review.xlsx");
  expect((await runCli([...RAISED_CELL_LIMIT, "--report", target, file])).code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  let longest = 0;
  let cut = "";
  for (const sheet of wb.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const text = String(cell.text);
        if (text.length > longest) [longest, cut] = [text.length, text];
      }),
    );
  expect(longest).toBeLessThanOrEqual(32_767);
  expect(/「A+…\[\+\d{6}\]…A+」/.test(cut)).toBe(true); // a boolean: a failure must not print a million characters
});

test("at the default limits the reader refuses the cell: one line naming the limit and its flag, exit 2", async () => {
  const run = await runCli(["--lang", "en", file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `${file}: over the read limit for the characters of one cell (at most 32,767; the file may be damaged or crafted); to check it anyway, raise the limit with the command-line option --max-cell-chars\n`,
  );
});
