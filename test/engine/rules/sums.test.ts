/** Checks 1 and 2 on small tables: consistent → nothing; one injected error → exactly that finding. */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const expense = sheet("支出", [
  ["2024年部门支出预算表"],
  [null, null, null, null, "单位：万元"],
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  [null, "合计", 30, 20, 10],
  ["2013101", "行政运行", 20, 20, 0],
  ["2013102", "一般行政管理事务", 10, 0, 10],
]);

const sums = (f: Finding) => f.rule === "sum.total" || f.rule === "sum.row";

function run(s = expense, tolerance?: string) {
  return checkWorkbook(workbook(s), tolerance ? { tolerance } : {}).findings.filter(sums);
}

describe("sum.total and sum.row (expense table, 万元)", () => {
  test("a consistent table gives no sum finding", () => {
    expect(run()).toEqual([]);
  });

  test.each([
    [
      "C4 one cent over two parts: a rounding tail",
      "C4",
      30.01,
      undefined,
      [
        {
          rule: "sum.row",
          severity: "warning",
          cell: "C4",
          expected: "30.00",
          actual: "30.01",
          difference: "0.01",
          bound: "0.015",
          verdict: "rounding-tail",
          params: {
            parts: "2",
            label: "合计",
            column: "合计",
            columnRole: "total",
            partsLabel: "基本支出 + 项目支出",
            partRoles: "basic + project",
          },
        },
        {
          rule: "sum.total",
          severity: "warning",
          cell: "C4",
          expected: "30.00",
          actual: "30.01",
          difference: "0.01",
          bound: "0.015",
          verdict: "rounding-tail",
          params: { parts: "2", label: "合计", column: "合计" },
        },
      ],
    ],
    [
      "D5 off by 1.00 breaks the column and the row",
      "D5",
      21,
      undefined,
      [
        {
          rule: "sum.total",
          severity: "error",
          cell: "D4",
          expected: "21.00",
          actual: "20.00",
          difference: "-1.00",
          bound: "0.015",
          verdict: "off",
          params: { parts: "2", label: "合计", column: "基本支出" },
        },
        {
          rule: "sum.row",
          severity: "error",
          cell: "C5",
          expected: "21.00",
          actual: "20.00",
          difference: "-1.00",
          bound: "0.015",
          verdict: "off",
          params: {
            parts: "2",
            label: "2013101 行政运行",
            column: "合计",
            columnRole: "total",
            partsLabel: "基本支出 + 项目支出",
            partRoles: "basic + project",
          },
        },
      ],
    ],
  ])("%s", (_name, cell, value, tolerance, expected) => {
    const found = run(withCell(expense, cell, value), tolerance);
    expect(found).toEqual(
      expected.map((e) => ({
        ...e,
        sheet: "支出",
        table: "expense",
        refs: expect.any(Array),
      })),
    );
  });

  test("a user tolerance turns an error into a warning but keeps it (verdict stays off)", () => {
    const found = run(withCell(expense, "C4", 31), "2");
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: "sum.total",
        severity: "warning",
        cell: "C4",
        difference: "1.00",
        verdict: "off",
      }),
    );
  });

  test("the judged value is the displayed one; the stored value is kept", () => {
    // 30.004 shows as 30.00 under #,##0.00: consistent, nothing reported.
    expect(run(withCell(expense, "C4", 30.004))).toEqual([]);
    const found = run(withCell(expense, "C4", 30.006));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: "sum.total", cell: "C4", actual: "30.01", stored: "30.006" }),
    );
  });
});

describe("sum.total with 类/款/项 subtotals (Shanghai layout, 元)", () => {
  const shanghai = sheet(
    "功能分类",
    [
      ["2024年部门一般公共预算支出功能分类预算表"],
      ["单位：元"],
      ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
      [null, "合计", 3000, 2000, 1000],
      ["201", "一般公共服务支出", 3000, 2000, 1000],
      ["20103", "政府办公厅（室）及相关机构事务", 3000, 2000, 1000],
      ["2010301", "行政运行", 2000, 2000, 0],
      ["2010302", "一般行政管理事务", 1000, 0, 1000],
    ],
    "#,##0",
  );

  test("consistent: nothing", () => {
    expect(run(shanghai)).toEqual([]);
  });

  test("a 款 subtotal off by 5 元 is an error at the 款 row (bound 1.5 元)", () => {
    const found = run(withCellFormat(shanghai, "C6", 3005));
    expect(found.filter((f) => f.rule === "sum.total")).toEqual([
      expect.objectContaining({
        cell: "C5",
        expected: "3005",
        actual: "3000",
        difference: "-5",
        bound: "1",
        verdict: "off",
        severity: "error",
      }),
      expect.objectContaining({
        cell: "C6",
        expected: "3000",
        actual: "3005",
        difference: "5",
        bound: "1.5",
        verdict: "off",
        severity: "error",
      }),
    ]);
  });
});

function withCellFormat(s: ReturnType<typeof sheet>, address: string, value: number) {
  const changed = withCell(s, address, value);
  return {
    ...changed,
    numberFormats: changed.values.map((r) => r.map((v) => (typeof v === "number" ? "#,##0" : null))),
  };
}
