#!/usr/bin/env node
/**
 * Writes the hostile-input workbooks of issue #9 (test/hostile and `npm run bench -- hostile`), so none is committed
 * as a binary. Each case is the bundled sample (samples/fengquan-2024.xlsx) with a few cells changed the way an
 * attacker or a careless user would, or a workbook built from nothing. Deterministic: same bytes every run.
 *
 * Usage: node scripts/generate-hostile-fixtures.js OUT_DIR [case ...]
 * Module: generateHostileFixtures(dir, names?) → Promise<Record<name, file>>; HOSTILE_CASES lists the names.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const SAMPLE = path.join(__dirname, "..", "samples", "fengquan-2024.xlsx");
const EXPENSE = "部门支出预算表";
const NARRATIVE = "情况说明";

/**
 * Terminal attacks as Excel stores them (`_x001B_` is ESC): clear the screen, home the cursor, print a fake
 * verdict, write the clipboard (OSC 52), set the window title, then a right-to-left override.
 */
const TERMINAL_ATTACK =
  "_x001B_[2J_x001B_[HALL CLEAR_x001B_]52;c;ZWNobyBwd25lZA==_x0007__x001B_]0;pwned_x0007_\u202egpj.exe_x009B_31m";

/** name → how the sample is changed (or a workbook made from nothing). */
const CASES = {
  /** An amount cell and a narrative paragraph holding terminal escape sequences. */
  "control-escapes": (wb) => {
    wb.getWorksheet(EXPENSE).getCell("F9").value = TERMINAL_ATTACK;
    wb.getWorksheet(NARRATIVE).getCell("A30").value = `车辆${TERMINAL_ATTACK}购置费 7.77 万元。`;
  },
  /** A narrative amount printed with 25 decimals (more than any rounding helper takes). */
  "long-decimals": (wb) => {
    wb.getWorksheet(NARRATIVE).getCell("A3").value =
      "中共新乡市凤泉区委员会办公室 2024 年收入总计 1261.6666666666666666666666666 万元，支出总计 1261.66 万元。";
  },
  /** A narrative amount in exponent notation far beyond a double: must not be read as 309 万元. */
  "huge-exponent": (wb) => {
    wb.getWorksheet(NARRATIVE).getCell("A3").value =
      "中共新乡市凤泉区委员会办公室 2024 年收入总计 1e309 万元，支出总计 1E+309 万元。";
  },
  /** One cell of 1,000,000 unbroken ASCII characters where an amount belongs (quoted by value.unreadable). */
  "long-cell": (wb) => {
    wb.getWorksheet(EXPENSE).getCell("F9").value = "A".repeat(1_000_000);
  },
  /** A narrative number of 100,000 digits. */
  "long-number": (wb) => {
    wb.getWorksheet(NARRATIVE).getCell("A3").value = `收入总计 ${"9".repeat(100_000)} 万元。`;
  },
};

const HOSTILE_CASES = Object.keys(CASES);

async function generateHostileFixtures(dir, names = HOSTILE_CASES) {
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const name of names) {
    const change = CASES[name];
    if (!change) throw new Error(`no hostile case "${name}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    await change(wb);
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files[name] = file;
  }
  return files;
}

module.exports = { generateHostileFixtures, HOSTILE_CASES, TERMINAL_ATTACK };

if (require.main === module) {
  const [dir, ...names] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node scripts/generate-hostile-fixtures.js OUT_DIR [case ...]");
    process.exit(2);
  }
  generateHostileFixtures(dir, names.length > 0 ? names : undefined).then(
    (files) => console.log(Object.values(files).join("\n")),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
