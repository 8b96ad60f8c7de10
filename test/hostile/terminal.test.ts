/**
 * Issue #9: a workbook cannot take over the terminal. A cell holding `_x001B_` escapes (clear screen, a fake
 * "ALL CLEAR", OSC 52 clipboard, window title, a right-to-left override, a C1 CSI) goes through the command line.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/findings/report";
import { runCli } from "../cli/run-cli";
import { hostileFixtures } from "./fixtures";

jest.setTimeout(60_000);

let dir: string;
let file: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await hostileFixtures(["control-escapes"]);
  ({ dir, cleanup } = made);
  file = made.files["control-escapes"]!;
});
afterAll(() => cleanup());

/* eslint-disable no-control-regex -- control characters are what these tests look for */
/** Our palette (colour.ts): red, yellow, cyan, their reset, bold, dim and their reset. */
const OUR_COLOURS = /\u001b\[(?:31|33|36|39|1|22|2)m/g;
const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test("the text report on a colour terminal: only our colour codes, the workbook's escapes shown as \\x1b", async () => {
  const run = await runCli(["--lang", "en", file], { tty: true });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(OUR_COLOURS); // colour is on
  expect(run.stdout.replace(OUR_COLOURS, "")).not.toMatch(ANY_CONTROL);
  expect(run.stdout).toContain(
    String.raw`"\x1b[2J\x1b[HALL CLEAR\x1b]52;c;ZWNobyBwd25lZA==\x07\x1b]0;pwned\x07\u202egpj.exe\x9b31m" is not a readable amount`,
  );
  expect(run.stdout).toContain(String.raw`pwned\x07\u202egpj.exe\x9b31m购置费 7.77 万元`);
});

test("JSON keeps the exact text, written as JSON escapes: nothing raw reaches the terminal", async () => {
  const run = await runCli(["--format", "json", file]);
  expect(run.stdout).not.toMatch(ANY_CONTROL);
  expect(run.stdout).toContain(String.raw`\u001b[2J\u001b[HALL CLEAR`);
  expect(run.stdout).toContain(String.raw`\u202egpj.exe\u009b31m`);
  const report = JSON.parse(run.stdout) as Report;
  const f9 = report.findings.find((f) => f.rule === "value.unreadable" && f.cell === "F9")!;
  expect(f9.message).toContain("\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b]0;pwned\u0007\u202egpj.exe\u009b31m");
});

test("the report workbook drops what XML cannot hold and keeps the rest", async () => {
  const target = path.join(dir, "review.xlsx");
  const run = await runCli(["--report", target, file]);
  expect(run.code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  const messages: string[] = [];
  wb.getWorksheet("问题清单")!.eachRow((row) => messages.push(String(row.getCell(6).value)));
  const f9 = messages.find((m) => m.includes("ALL CLEAR"))!;
  expect(f9).toContain("[2J[HALL CLEAR]52;c;ZWNobyBwd25lZA==]0;pwned\u202egpj.exe\u009b31m");
});

test("file names and stderr lines are escaped too", async () => {
  const named = path.join(dir, "x\u001b]0;title\u0007.xlsx");
  await fs.copyFile(file, named);
  const missing = path.join(dir, "gone\u001b[2J.xlsx");
  const run = await runCli(["--lang", "en", named, missing], { tty: true });
  expect(run.stdout.replace(OUR_COLOURS, "")).not.toMatch(ANY_CONTROL);
  expect(run.stdout).toContain(String.raw`x\x1b]0;title\x07.xlsx`);
  expect(run.stderr).not.toMatch(ANY_CONTROL);
  expect(run.stderr).toContain(String.raw`gone\x1b[2J.xlsx: no such file`);
});
