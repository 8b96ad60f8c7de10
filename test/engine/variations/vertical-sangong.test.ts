/** A 三公 table laid out one item per row (项目 | 预算数) is read as the 三公 structure, not as a column of items. */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const vertical = sheet("三公", [
  ["2024年部门“三公”经费和机关运行经费预算表"],
  ["编制部门：某局", "单位：万元"],
  ["项目", "预算数"],
  ["“三公”经费合计", 11],
  ["1.因公出国（境）费", 0],
  ["2.公务接待费", 2],
  ["3.公务用车购置及运行费", 9],
  ["其中：（1）公务用车购置费", 3],
  ["（2）公务用车运行费", 6],
  ["机关运行经费", 80],
]);

const sums = (s = vertical) =>
  checkWorkbook(workbook(s)).findings.filter((f: Finding) => f.rule === "sangong.sum" || f.rule === "sum.total");

describe("三公 one item per row", () => {
  test("consistent: no sum finding (机关运行经费 and the car sub-items are not added into 合计)", () => {
    expect(sums()).toEqual([]);
  });

  test("each item keeps its own cell as its role", () => {
    const table = checkWorkbook(workbook(vertical)).tables;
    expect(table).toEqual([{ sheet: "三公", kind: "sangong", range: "A1:B10", unit: "万元" }]);
  });

  test.each([
    [
      "合计 B4 = 12: 合计 ≠ 出国 + 车 + 接待",
      "B4",
      12,
      {
        cell: "B4",
        expected: "11.00",
        actual: "12.00",
        refs: ["B7", "B6"], // parts that are 0 are not referred to (as in the one-row layout)
        totalRole: "total",
      },
    ],
    [
      "购置费 B8 = 4: 车 ≠ 购置 + 运行",
      "B8",
      4,
      {
        cell: "B7",
        expected: "10.00",
        actual: "9.00",
        refs: ["B8", "B9"],
        totalRole: "car",
      },
    ],
  ])("%s", (_name, address, value, want) => {
    expect(
      sums(withCell(vertical, address, value)).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        cell: f.cell,
        expected: f.expected,
        actual: f.actual,
        refs: f.refs.map((r) => r.cell),
        totalRole: f.rule === "sangong.sum" ? f.params.totalRole : undefined,
      })),
    ).toEqual([{ rule: "sangong.sum", severity: "error", ...want }]);
  });

  test("a 三公 table with item columns is still read across (one row per line)", () => {
    const across = sheet("三公", [
      ["2024年一般公共预算“三公”经费预算表"],
      [null, null, null, null, null, "单位：万元"],
      ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
      [12, 0, 9, 0, 9, 2],
    ]);
    expect(sums(across).map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["sangong.sum", "A5", "11.00", "12.00"],
    ]);
  });
});
