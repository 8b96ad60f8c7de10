/** Every sheet of the seed is recognised: kind, unit (and where it came from), range, as read off the CSV copies. */
import { checkWorkbook, recogniseWorkbook } from "../../src/core/engine";
import { loadSeed } from "../helpers/seed";

describe("recognition of the seed workbook", () => {
  test("tables, units and ranges", async () => {
    expect(checkWorkbook(await loadSeed()).tables).toEqual([
      { sheet: "部门收支预算表", kind: "income-expense-summary", range: "A1:D37", unit: "万元" },
      { sheet: "部门支出预算表", kind: "expense", range: "A1:N24", unit: "万元" },
      { sheet: "财政拨款收支总体情况表", kind: "fiscal-summary", range: "A1:H38", unit: "万元" },
      { sheet: "一般公共预算支出预算表", kind: "general-expense", range: "A1:N24", unit: "万元" },
      { sheet: "一般公共预算基本支出表", kind: "basic-expense", range: "A1:G26", unit: "万元" },
      { sheet: "三公经费预算表", kind: "sangong", range: "A1:F6", unit: "万元" },
      { sheet: "政府性基金支出预算表", kind: "gov-fund", range: "A1:N8", unit: "万元" },
      { sheet: "整体绩效目标表", kind: "performance-overall", range: "A1:E44", unit: "万元" },
      { sheet: "项目绩效目标表", kind: "performance-project", range: "A1:N65", unit: "万元" },
      { sheet: "情况说明", kind: "narrative", range: "A1:A32", unit: "万元" },
    ]);
  });

  test("year, profile, unit sources and the 支出表 columns", async () => {
    const wb = recogniseWorkbook(await loadSeed());
    expect({ year: wb.year, profile: wb.profile, unrecognised: wb.unrecognised }).toEqual({
      year: 2024,
      profile: "henan",
      unrecognised: [],
    });
    expect(wb.tables.map((t) => [t.sheet, t.unitSource])).toEqual([
      ["部门收支预算表", "assumed"],
      ["部门支出预算表", "stated"],
      ["财政拨款收支总体情况表", "stated"],
      ["一般公共预算支出预算表", "stated"],
      ["一般公共预算基本支出表", "stated"],
      ["三公经费预算表", "stated"],
      ["政府性基金支出预算表", "stated"],
      ["整体绩效目标表", "header"],
      ["项目绩效目标表", "header"],
      ["情况说明", "assumed"],
    ]);
    const expense = wb.tables.find((t) => t.kind === "expense")!;
    expect(expense.columns.map((c) => `${c.col}:${c.role}`)).toEqual([
      "0:code-class",
      "1:code-kuan",
      "2:code-xiang",
      "3:unit-code",
      "4:name",
      "5:total",
      "6:basic",
      "7:wages",
      "8:family",
      "9:goods",
      "10:capital",
      "11:project",
      "12:project-operating",
      "13:project-specific",
    ]);
    expect(expense.rows.map((r) => (r.kind === "code" ? r.code!.code : r.kind))).toEqual([
      "total",
      "unit",
      "2012801",
      "2012901",
      "2013101",
      "2013150",
      "2013199",
      "2013601",
      "2013699",
      "2019999",
      "2080501",
      "2080502",
      "2080505",
      "2080801",
      "2089999",
      "2101101",
      "2101102",
      "2210201",
      "2230105",
    ]);
  });

  test("the quantity map holds the figures the tables print", async () => {
    const { buildQuantities } = await import("../../src/core/engine");
    const q = buildQuantities(recogniseWorkbook(await loadSeed()));
    const show = (key: Parameters<typeof q.get>[0]) => {
      const v = q.get(key);
      return v ? `${v.sheet}!${v.cell}=${v.value.toFixed(2)}` : undefined;
    };
    expect({
      "income.total": show("income.total"),
      "income.general": show("income.general"),
      "income.carryover": show("income.carryover"),
      "expense.current": show("expense.current"),
      "expense-table.total": show("expense-table.total"),
      "expense.basic": show("expense.basic"),
      "expense.project": show("expense.project"),
      "expense.personnel": show("expense.personnel"),
      "general.total": show("general.total"),
      "basic.public": show("basic.public"),
      "fiscal.expense.general": show("fiscal.expense.general"),
      "class.201": show("class.201"),
      "sangong.car-running": show("sangong.car-running"),
      "performance.project": show("performance.project"),
    }).toEqual({
      "income.total": "部门收支预算表!B37=1261.66",
      "income.general": "部门收支预算表!B5=1241.66",
      "income.carryover": "部门收支预算表!B36=20.00",
      "expense.current": "部门收支预算表!D35=1261.66",
      "expense-table.total": "部门支出预算表!F6=1261.66",
      "expense.basic": "部门支出预算表!G6=1038.62",
      "expense.project": "部门支出预算表!L6=223.04",
      "expense.personnel": "部门支出预算表!H6=980.74",
      "general.total": "一般公共预算支出预算表!F6=1241.66",
      "basic.public": "一般公共预算基本支出表!G5=57.88",
      "fiscal.expense.general": "财政拨款收支总体情况表!E6=1261.66",
      "class.201": "部门收支预算表!D5=966.70",
      "sangong.car-running": "三公经费预算表!E5=9.00",
      "performance.project": "整体绩效目标表!D15=223.04",
    });
  });
});

test("without a 收支总表, class.<code> is the 支出表's class sum (computed, first cell named)", async () => {
  const { buildQuantities } = await import("../../src/core/engine");
  const seed = await loadSeed();
  const q = buildQuantities(
    recogniseWorkbook({ ...seed, sheets: seed.sheets.filter((s) => s.name !== "部门收支预算表") }),
  );
  const c201 = q.get("class.201");
  // 5.00 + 9.73 + 422.15 + 401.51 + 80.68 + 4.00 + 10.62 + 33.00 = 966.69 (rows 8–15 of 部门支出预算表).
  expect(
    c201 && {
      sheet: c201.sheet,
      cell: c201.cell,
      value: c201.value.toFixed(2),
      computed: c201.computed,
      parts: c201.parts?.length,
    },
  ).toEqual({
    sheet: "部门支出预算表",
    cell: "F8",
    value: "966.69",
    computed: true,
    parts: 8,
  });
});
