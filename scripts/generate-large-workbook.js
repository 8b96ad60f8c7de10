#!/usr/bin/env node
/**
 * Writes a large department workbook for the benchmark (issue 4: "a department workbook with 20,000 line items"):
 * one 部门支出预算表 in the seed's layout (万元, 类/款/项 codes, 单位代码, 合计 = 基本 + 项目, 基本 = 人员 + 公用),
 * a 合计 row, then units (单位代码 101001 …), each a unit row followed by its line items. Amounts are random but
 * reproducible (fixed seed) and every total is exact, so the engine finds no sum errors. With --text every amount is
 * stored as text ("1234.56") instead of a number.
 *
 * Usage: node scripts/generate-large-workbook.js [--items 20000] [--text] [--out FILE.xlsx]
 * Module: generateLargeWorkbook({ items, amountsAsText, file }) → Promise<{ file, items, units, rows }>;
 *         largeWorkbookRows({ items, amountsAsText }) → { rows, merges, items, units, format } (no file)
 */
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");

/** 项 codes and names the line items cycle through (functional classification, printed in real disclosures). */
const CODES = [
  ["201", "06", "01", "行政运行"],
  ["201", "06", "02", "一般行政管理事务"],
  ["201", "31", "01", "行政运行"],
  ["201", "31", "50", "事业运行"],
  ["205", "02", "04", "高中教育"],
  ["208", "05", "01", "行政单位离退休"],
  ["208", "05", "05", "机关事业单位基本养老保险缴费支出"],
  ["210", "11", "01", "行政单位医疗"],
  ["210", "11", "02", "事业单位医疗"],
  ["221", "02", "01", "住房公积金"],
];
const ITEMS_PER_UNIT = 40;
const FORMAT = "#,##0.00";

/** A small deterministic generator (LCG), so every run writes the same workbook. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Amounts are kept in integer cents so every total is exact. */
const cents = (next, max) => Math.floor(next() * max);
const show = (c) => (c / 100).toFixed(2);

/** One item's columns in cents: [合计, 基本小计, 工资福利, 对个人和家庭, 商品和服务, 资本性, 项目小计, 其他运转类, 特定目标类]. */
function itemAmounts(next) {
  const wages = cents(next, 5_000_00);
  const individuals = cents(next, 500_00);
  const goods = cents(next, 1_000_00);
  const capital = next() < 0.1 ? cents(next, 300_00) : 0;
  const running = next() < 0.5 ? cents(next, 2_000_00) : 0;
  const targeted = next() < 0.2 ? cents(next, 3_000_00) : 0;
  const basic = wages + individuals + goods + capital;
  const project = running + targeted;
  return [basic + project, basic, wages, individuals, goods, capital, project, running, targeted];
}

const add = (a, b) => a.map((v, i) => v + b[i]);

/**
 * 单位代码 of the u-th unit (0-based): 101001 … 101999, then 102001 …: always six digits, so a unit row never looks
 * like a seven-digit 类款项 code, however many units the workbook has.
 */
const unitCode = (u) => `${101 + Math.floor(u / 999)}${String((u % 999) + 1).padStart(3, "0")}`;

const HEADER_MERGES = ["A3:C4", "G3:K3", "L3:N3"];

/**
 * The workbook's rows, in order: { values } from column A (null for a blank cell), `hasAmounts` on rows whose
 * columns F…N hold amounts (numbers, or text with --text). The file writer below and tests that need the same
 * department as a snapshot (no file) both build on it.
 */
function largeWorkbookRows({ items = 20_000, amountsAsText = false }) {
  const next = random(20240101);
  const units = Math.ceil(items / ITEMS_PER_UNIT);
  const blocks = [];
  let total = new Array(9).fill(0);
  let made = 0;
  for (let u = 0; u < units; u++) {
    const rows = [];
    let unitTotal = new Array(9).fill(0);
    for (let i = 0; i < ITEMS_PER_UNIT && made < items; i++, made++) {
      const amounts = itemAmounts(next);
      unitTotal = add(unitTotal, amounts);
      rows.push([...CODES[made % CODES.length].slice(0, 3), null, CODES[made % CODES.length][3], amounts]);
    }
    total = add(total, unitTotal);
    blocks.push({ code: unitCode(u), name: `示例单位${u + 1}`, total: unitTotal, rows });
  }
  const amount = (c) => (amountsAsText ? show(c) : Number(show(c)));
  const rows = [
    { values: ["2024 年部门支出预算表"] },
    { values: ["部门名称：示例市教育局", null, null, null, null, null, null, null, null, null, null, null, null, "单位：万元"] },
    { values: ["科目编码", null, null, "单 位 代 码", "单位（科目名称）", "合计", "基本支出", null, null, null, null, "项目支出", null, null] },
    { values: [null, null, null, null, null, null, "小计", "人员经费", null, "公用经费", null, "小计", "其他运转类", "特定目标类"] },
    { values: ["类", "款", "项", null, null, null, null, "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", null, null, null] },
    { values: [null, null, null, null, "合计", ...total.map(amount)], hasAmounts: true },
  ];
  for (const block of blocks) {
    rows.push({ values: [null, null, null, block.code, block.name, ...block.total.map(amount)], hasAmounts: true });
    for (const [lei, kuan, xiang, , name, amounts] of block.rows)
      rows.push({ values: [lei, kuan, xiang, null, name, ...amounts.map(amount)], hasAmounts: true });
  }
  return { rows, merges: HEADER_MERGES, items: made, units, format: amountsAsText ? undefined : FORMAT };
}

async function generateLargeWorkbook({ items = 20_000, amountsAsText = false, file }) {
  if (!file) throw new Error("generateLargeWorkbook: file is required");
  const layout = largeWorkbookRows({ items, amountsAsText });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet("部门支出预算表");
  let rowNumber = 0;
  const header = [];
  for (const { values, hasAmounts } of layout.rows) {
    const row = sheet.getRow(++rowNumber);
    row.values = values;
    if (hasAmounts && layout.format) for (let c = 6; c <= 14; c++) row.getCell(c).numFmt = layout.format;
    // Header rows stay open until their merges are made (the stream writer needs that), the rest are committed.
    if (rowNumber <= 5) header.push(row);
    else row.commit();
    if (rowNumber === 5) {
      for (const range of layout.merges) sheet.mergeCells(range);
      for (const open of header) open.commit();
    }
  }
  await workbook.commit();
  return { file, items: layout.items, units: layout.units, rows: layout.rows.length };
}

module.exports = { generateLargeWorkbook, largeWorkbookRows };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log("Usage: node scripts/generate-large-workbook.js [--items 20000] [--text] [--out FILE.xlsx]");
    console.log("Writes the benchmark workbook (default: .bench/large-workbook-<items>[-text].xlsx).");
    process.exit(0);
  }
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const amountsAsText = args.includes("--text");
  const items = Number(value("--items", "20000"));
  // Default under .bench/ (ignored by git), never loose in the repository root.
  const fallback = path.join(__dirname, "..", ".bench", `large-workbook-${items}${amountsAsText ? "-text" : ""}.xlsx`);
  const file = path.resolve(value("--out", fallback));
  require("fs").mkdirSync(path.dirname(file), { recursive: true });
  generateLargeWorkbook({ items, amountsAsText, file }).then(
    (r) => console.log(`${r.file}: ${r.items} line items in ${r.units} units, ${r.rows} rows`),
    (e) => {
      console.error(`generate-large-workbook: ${e.message}`);
      process.exit(1);
    },
  );
}
