/**
 * Class lines of the summary tables: numbered by catalog position (八 = 208) or 一、二、三… over the listed classes
 * only; the class is the one the position names, or the one the name names when the numbering is sequential.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { recogniseWorkbook } from "../../../src/core/engine/recognise";
import type { CellValue } from "../../../src/core/grid/snapshot";
import { sheet, workbook } from "../../helpers/grid";

/** A 收支总表 with these expense lines (label, amount) and one income line for the total. */
function summary(lines: readonly (readonly [string, number])[]) {
  const total = lines.reduce((s, [, v]) => s + v, 0);
  const rows: CellValue[][] = [
    ["2024年部门预算收支总表"],
    ["部门名称：某局", null, null, "单位：万元"],
    ["收入", null, "支出", null],
    ["项目", "预算数", "项目", "预算数"],
  ];
  lines.forEach(([label, value], i) =>
    rows.push([i === 0 ? "一、一般公共预算拨款收入" : null, i === 0 ? total : null, label, value]),
  );
  rows.push(["本年收入合计", total, "本年支出合计", total]);
  rows.push(["收入总计", total, "支出总计", total]);
  return sheet("收支总表", rows);
}

const classCodes = (lines: readonly (readonly [string, number])[]) =>
  recogniseWorkbook(workbook(summary(lines)))
    .tables[0]!.rows.filter((r) => r.side === "expense" && r.kind === "item")
    .map((r) => [r.label, r.classCode]);

describe("class codes of summary-table class lines", () => {
  test.each([
    [
      "positional with gaps: the ordinal",
      [
        ["一、一般公共服务支出", 10],
        ["八、社会保障和就业支出", 5],
        ["十、卫生健康支出", 2],
      ],
      [
        ["一、一般公共服务支出", "201"],
        ["八、社会保障和就业支出", "208"],
        ["十、卫生健康支出", "210"],
      ],
    ],
    [
      "sequential over the listed classes: the name (short forms and （类） too)",
      [
        ["一、一般公共服务", 10],
        ["二、社会保障和就业支出", 5],
        ["三、卫生健康（类）", 2],
        ["四、其他支出", 1],
      ],
      [
        ["一、一般公共服务", "201"],
        ["二、社会保障和就业支出", "208"],
        ["三、卫生健康(类)", "210"],
        ["四、其他支出", "229"],
      ],
    ],
    [
      "sequential: a former name names its class; a name the catalog lacks gets no class",
      [
        ["一、一般公共服务支出", 10],
        ["二、医疗卫生与计划生育支出", 5],
        ["三、杂项开支", 2],
      ],
      [
        ["一、一般公共服务支出", "201"],
        ["二、医疗卫生与计划生育支出", "210"],
        ["三、杂项开支", undefined],
      ],
    ],
    [
      "numbered 一、二、三 where the names agree (201, 202, 203 listed): the ordinal, a wrong name stays wrong",
      [
        ["一、一般公共服务支出", 10],
        ["二、外交支出", 0],
        ["三、卫生健康支出", 2],
      ],
      [
        ["一、一般公共服务支出", "201"],
        ["二、外交支出", "202"],
        ["三、卫生健康支出", "203"],
      ],
    ],
  ] as const)("%s", (_name, lines, wanted) => {
    expect(classCodes(lines)).toEqual(wanted);
  });

  test("positional: a name that is not the class's is still reported at its cell", () => {
    const findings = checkWorkbook(
      workbook(
        summary([
          ["一、一般公共服务支出", 10],
          ["八、卫生健康支出", 5],
          ["十、卫生健康支出", 2],
        ]),
      ),
    ).findings.filter((f) => f.rule === "code.name-mismatch");
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([["C6", "社会保障和就业支出", "卫生健康支出"]]);
  });

  test("sequential: no name mismatch, each class line is compared with the 支出表 rows of the class its name names", () => {
    const expense = (social: number) =>
      sheet("支出表", [
        ["2024年部门支出预算表"],
        [null, null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [null, "合计", 10 + social, 10 + social, 0],
        ["2013101", "行政运行", 10, 10, 0],
        ["2080501", "行政单位离退休", social, social, 0],
      ]);
    const lines = summary([
      ["一、一般公共服务支出", 10],
      ["二、社会保障和就业支出", 5],
    ]);
    const rules = (social: number) =>
      checkWorkbook(workbook(lines, expense(social)))
        .findings.filter((f) => f.rule === "code.name-mismatch" || f.rule === "cross.same-quantity")
        .map((f) => [
          f.rule,
          f.sheet,
          f.cell,
          f.expected,
          f.actual,
          "classCode" in f.params ? f.params.classCode : undefined,
        ]);
    expect(rules(5)).toEqual([]);
    // 208 is one more in the 支出表: its class line and the 本年支出合计 over it both disagree.
    expect(rules(6)).toEqual([
      ["cross.same-quantity", "收支总表", "D6", "6.00", "5.00", "208"],
      ["cross.same-quantity", "收支总表", "D7", "16.00", "15.00", undefined],
    ]);
  });
});
