/** cross.code-missing: a 项 in one classified table and absent from another that must list it (issue #12 item 6). */
import { checkWorkbook } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/grid/snapshot";
import { sheet, workbook } from "../../helpers/grid";
import { corpusPresent, loadCorpus, withCorpusCell } from "../../helpers/corpus-workbooks";

type Line = [string, string, number, number];

const sum = (lines: readonly (readonly (string | number)[])[], i: number) =>
  lines.reduce((s, l) => s + (l[i] as number), 0);

const head = (title: string, width: number): CellValue[][] => [
  [title],
  ["编制部门：某局", ...Array<CellValue>(width - 2).fill(null), "单位：元"],
];

/** 收入总表 (Shanghai): 合计 | 财政拨款收入 | 事业收入, one 项 per line. */
const income = (lines: Line[]) =>
  sheet("收入", [
    ...head("2025年部门收入预算总表", 5),
    ["科目编码", "科目名称", "合计", "财政拨款收入", "事业收入"],
    [null, "合计", sum(lines, 2) + sum(lines, 3), sum(lines, 2), sum(lines, 3)],
    ...lines.map(([code, name, fiscal, business]) => [code, name, fiscal + business, fiscal, business]),
  ]);

const spending = (name: string, title: string, lines: [string, string, number][]) =>
  sheet(name, [
    ...head(title, 5),
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", sum(lines, 2), sum(lines, 2), null],
    ...lines.map(([code, n, amount]) => [code, n, amount, amount, null]),
  ]);

const missing = (...sheets: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...sheets))
    .findings.filter((f) => f.rule === "cross.code-missing")
    .map((f) => [f.sheet, f.cell, f.severity, f.params.code, f.params.otherSheet]);

const INCOME: Line[] = [
  ["2010101", "行政运行", 100, 0],
  ["2080501", "行政单位离退休", 0, 30],
];

describe("cross.code-missing", () => {
  test("every table lists what it must: nothing; a 项 paid only by 事业收入 is rightly absent from 一般公共预算表", () => {
    expect(
      missing(
        income(INCOME),
        spending("支出", "2025年部门支出预算总表", [
          ["2010101", "行政运行", 100],
          ["2080501", "行政单位离退休", 30],
        ]),
        spending("一般", "2025年部门一般公共预算支出功能分类预算表", [["2010101", "行政运行", 100]]),
      ),
    ).toEqual([]);
  });

  test("a 项 of the 支出总表 absent from the 收入总表: one error at the 支出总表 row, naming the 收入总表", () => {
    expect(
      missing(
        income([INCOME[0]!]),
        spending("支出", "2025年部门支出预算总表", [
          ["2010101", "行政运行", 100],
          ["2080501", "行政单位离退休", 30],
        ]),
      ),
    ).toEqual([["支出", "A6", "error", "2080501", "收入"]]);
  });

  test("a 项 with 财政拨款 money absent from the 一般公共预算表: error at the 支出总表 row", () => {
    expect(
      missing(
        income(INCOME),
        spending("支出", "2025年部门支出预算总表", [
          ["2010101", "行政运行", 100],
          ["2080501", "行政单位离退休", 30],
        ]),
        spending("一般", "2025年部门一般公共预算支出功能分类预算表", [["2080501", "行政单位离退休", 30]]),
      ),
    ).toEqual([["支出", "A5", "error", "2010101", "一般"]]);
  });

  test("a 项 of the 一般公共预算表 absent from the 支出总表: error at the 一般公共预算表 row", () => {
    expect(
      missing(
        spending("支出", "2025年部门支出预算总表", [["2010101", "行政运行", 100]]),
        spending("一般", "2025年部门一般公共预算支出功能分类预算表", [
          ["2010101", "行政运行", 100],
          ["2010102", "一般行政管理事务", 5],
        ]),
      ),
    ).toEqual([["一般", "A6", "error", "2010102", "支出"]]);
  });

  test("without a 收入总表 the fund of a 支出总表 项 is unknown: its absence from the 一般公共预算表 is not judged", () => {
    expect(
      missing(
        spending("支出", "2025年部门支出预算总表", [
          ["2010101", "行政运行", 100],
          ["2080501", "行政单位离退休", 30],
        ]),
        spending("一般", "2025年部门一般公共预算支出功能分类预算表", [["2010101", "行政运行", 100]]),
      ),
    ).toEqual([]);
  });
});

const present = corpusPresent();
if (!present) console.log("code-missing: corpus tests skipped, ../shared/corpus is absent");
(present ? describe : describe.skip)("cross.code-missing on the corpus", () => {
  test("none on the four workbooks (their 收入、支出 and 一般公共预算 tables list the same 项, all paid from 财政拨款)", async () => {
    for (const name of [
      "pt-commerce-2025-dept",
      "pt-commerce-2025-unit",
      "pt-gov-office-2025-dept",
      "pt-gov-office-2025-unit",
    ] as const) {
      const found = checkWorkbook(await loadCorpus(name)).findings.filter((f) => f.rule === "cross.code-missing");
      expect([name, found]).toEqual([name, []]);
    }
  });

  test("商务委员会 部门: 一般公共预算表 C8 项 01 → 02 (行政运行 2011301 gone): error at 支出总表 A8", async () => {
    const wb = withCorpusCell(await loadCorpus("pt-commerce-2025-dept"), /一般公共预算支出功能/, 7, 2, () => "02");
    const found = checkWorkbook(wb).findings.filter((f) => f.rule === "cross.code-missing");
    expect(found.map((f) => [f.sheet, f.cell, f.params.code])).toEqual([["2025年部门支出预算总表", "A8", "2011301"]]);
  });

  test("商务委员会 部门: 收入总表 C8 项 01 → 09: errors at both the 收入总表 and the 支出总表 rows", async () => {
    const wb = withCorpusCell(await loadCorpus("pt-commerce-2025-dept"), /部门收入预算总表/, 7, 2, () => "09");
    const found = checkWorkbook(wb).findings.filter((f) => f.rule === "cross.code-missing");
    expect(found.map((f) => [f.sheet, f.cell, f.params.code]).sort()).toEqual(
      [
        ["2025年部门支出预算总表", "A8", "2011301"],
        ["2025年部门收入预算总表", "A8", "2011309"],
      ].sort(),
    );
  });
});

test("a 项 the 收入总表 funds from 政府性基金 (its own column) and absent from the 基金 table: error at the 支出总表 row", () => {
  const income = sheet("收入", [
    ["2025年部门收入预算总表"],
    ["编制部门：某局", null, null, null, null, "单位：元"],
    ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "事业收入"],
    [null, "合计", 150, 100, 50, null],
    ["2010101", "行政运行", 100, 100, null, null],
    ["2120801", "征地和拆迁补偿支出", 50, null, 50, null],
    ["2120802", "土地开发支出", null, null, null, null],
  ]);
  const lines = (title: string, rows: [string, string, number][]) =>
    sheet(title.slice(5, 9), [
      [title],
      ["编制部门：某局", null, null, null, "单位：元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      [null, "合计", rows.reduce((s, r) => s + r[2], 0), null, rows.reduce((s, r) => s + r[2], 0)],
      ...rows.map(([code, name, amount]) => [code, name, amount, null, amount]),
    ]);
  const expense = lines("2025年部门支出预算总表", [
    ["2010101", "行政运行", 100],
    ["2120801", "征地和拆迁补偿支出", 50],
    ["2120802", "土地开发支出", 0],
  ]);
  const fund = lines("2025年部门政府性基金预算支出功能分类预算表", [["2120802", "土地开发支出", 0]]);
  expect(missing(income, expense, fund)).toEqual([["部门支出", "A6", "error", "2120801", "部门政府"]]);
});
