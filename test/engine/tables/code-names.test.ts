/** code.name-mismatch across tables: a code the catalog lacks, named differently in one of three tables. */
import { checkWorkbook } from "../../../src/core/engine";
import type { WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { sheet, workbook } from "../../helpers/grid";
import { corpusPresent, loadCorpus, withCorpusCell } from "../../helpers/corpus-workbooks";

const names = (wb: WorkbookSnapshot) =>
  checkWorkbook(wb)
    .findings.filter((f) => f.rule === "code.name-mismatch")
    .map((f) => [f.severity, f.sheet, f.cell, f.expected, f.actual]);

/** A one-line table listing 2069901 (absent from the bundled catalog) under `name`. */
const table = (name: string, title: string, itemName: string) =>
  sheet(name, [
    [title],
    ["编制部门：某局", null, null, null, "单位：元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", 10, null, 10],
    ["2069901", itemName, 10, null, 10],
  ]);

describe("code.name-mismatch across tables", () => {
  test("two tables against one: a warning at the odd name", () => {
    expect(
      names(
        workbook(
          table("支出", "2025年部门支出预算总表", "科技专项"),
          table("一般", "2025年部门一般公共预算支出功能分类预算表", "科技专项"),
          table("基金", "2025年部门政府性基金预算支出功能分类预算表", "住房公积金"),
        ),
      ),
    ).toEqual([["warning", "基金", "B5", "科技专项", "住房公积金"]]);
  });

  test("one table against one: no majority, nothing said", () => {
    expect(
      names(
        workbook(
          table("支出", "2025年部门支出预算总表", "科技专项"),
          table("一般", "2025年部门一般公共预算支出功能分类预算表", "住房公积金"),
        ),
      ),
    ).toEqual([]);
  });
});

const present = corpusPresent();
if (!present) console.log("code-names: corpus tests skipped, ../shared/corpus is absent");
(present ? test : test.skip)(
  "商务委员会 部门: 收入总表 D14 2060503 科技条件专项 → 行政单位离退休: a warning there, the other two tables agreeing",
  async () => {
    const wb = withCorpusCell(
      await loadCorpus("pt-commerce-2025-dept"),
      /部门收入预算总表/,
      13,
      3,
      () => "行政单位离退休",
    );
    expect(names(wb)).toEqual([["warning", "2025年部门收入预算总表", "D14", "科技条件专项", "行政单位离退休"]]);
  },
);
