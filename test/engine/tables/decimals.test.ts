/** table.decimals: a table amount printed with more than 2 decimals (warning, once per table). */
import { checkWorkbook } from "../../../src/core/engine";
import type { CellValue, SheetSnapshot } from "../../../src/core/grid/snapshot";
import { sheet, workbook } from "../../helpers/grid";
import { loadSeed } from "../../helpers/seed";
import { CORPUS_NAMES, corpusPresent, loadCorpus } from "../../helpers/corpus-workbooks";

const expense = (a: CellValue, b: CellValue, format = "#,##0.00"): SheetSnapshot =>
  sheet(
    "支出",
    [
      ["2025年部门支出预算总表"],
      ["编制部门：某局", null, null, null, "单位：万元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      [null, "合计", 30, 10, 20],
      ["2010101", "行政运行", a, a, null],
      ["2010102", "一般行政管理事务", b, null, b],
    ],
    format,
  );

const decimals = (s: SheetSnapshot) =>
  checkWorkbook(workbook(s))
    .findings.filter((f) => f.rule === "table.decimals")
    .map((f) => [f.severity, f.cell, f.actual, f.params.count]);

describe("table.decimals", () => {
  test("2 decimals: nothing", () => {
    expect(decimals(expense(10, 20))).toEqual([]);
  });

  test("10.005 and 19.995 in General format show 3 decimals: one warning at the first cell, counting all 4 cells", () => {
    expect(decimals(expense(10.005, 19.995, "General"))).toEqual([["warning", "C5", "10.005", "4"]]);
  });

  test("the same amount as text, 10.125: warning", () => {
    expect(decimals(expense("10.125", 20))).toEqual([["warning", "C5", "10.125", "2"]]);
  });

  test("a format with 3 places over whole amounts (10.000) prints no finer amount: nothing", () => {
    expect(decimals(expense(10, 20, "0.000"))).toEqual([]);
  });

  test("a stored 10.005 shown as 10.01 by a 2-place format: the reader sees 2 decimals, nothing", () => {
    expect(decimals(expense(10.005, 19.995))).toEqual([]);
  });

  test("the seed: nothing", async () => {
    expect(checkWorkbook(await loadSeed()).findings.filter((f) => f.rule === "table.decimals")).toEqual([]);
  });
});

const present = corpusPresent();
if (!present) console.log("decimals: corpus tests skipped, ../shared/corpus is absent");
(present ? test : test.skip)("the corpus prints every amount to 2 decimals: no table.decimals", async () => {
  for (const name of CORPUS_NAMES) {
    const found = checkWorkbook(await loadCorpus(name)).findings.filter((f) => f.rule === "table.decimals");
    expect([name, found]).toEqual([name, []]);
  }
});
