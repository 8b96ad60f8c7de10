/** Checks 5, 6 and 10 and the reading findings, against a small catalog the test writes itself. */
import { createCatalog } from "../../../src/core/catalog";
import type { CatalogEntry } from "../../../src/core/catalog/types";
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sheet, withCell, workbook } from "../../helpers/grid";

const entry = (code: string, name: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  code,
  name,
  kind: code.startsWith("2") ? "functional" : code.startsWith("3") ? "econ-dept" : "econ-gov",
  level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
  ...(code.length > 3 && { parent: code.slice(0, -2) }),
  source: "official",
  evidence: "test",
  ...extra,
});

const catalog = createCatalog({
  year: 2024,
  source: "测试科目表",
  official: true,
  entries: [
    entry("201", "一般公共服务支出"),
    entry("20103", "政府办公厅（室）及相关机构事务"),
    entry("2010301", "行政运行"),
    entry("2010302", "一般行政管理事务"),
    entry("210", "卫生健康支出", { formerNames: [{ name: "医疗卫生与计划生育支出", until: 2019 }] }),
    entry("301", "工资福利支出"),
    entry("30101", "基本工资"),
    entry("501", "机关工资福利支出"),
    entry("50101", "工资奖金津补贴"),
    entry("505", "对事业单位经常性补助"),
    entry("50501", "工资福利支出"),
  ],
  completeBranches: [],
  mappings: [
    { deptCode: "30101", govCode: "50101", unitType: "机关", source: "official", evidence: "test" },
    { deptCode: "30101", govCode: "50501", unitType: "事业单位", source: "official", evidence: "test" },
  ],
});

const expense = sheet("支出", [
  ["2024年部门支出预算表"],
  [null, null, null, "单位：万元"],
  ["科目编码", null, null, "科目名称", "合计"],
  ["类", "款", "项", null, null],
  [null, null, null, "合计", 30],
  ["201", "03", "01", "行政运行", 20],
  ["201", "03", "02", "一般行政管理事务", 10],
]);

const basic = sheet("基本支出", [
  ["2024年一般公共预算基本支出表"],
  [null, null, null, null, null, "单位：万元"],
  ["部门预算支出经济分类科目", null, "政府预算支出经济分类科目", null, "合计"],
  ["科目编码", "科目名称", "科目编码", "科目名称", null],
  ["合计", null, null, null, 20],
  ["30101", "基本工资", "50101", "工资奖金津补贴", 20],
]);

const CODE_RULES = [
  "code.malformed",
  "code.unknown",
  "code.unverifiable",
  "code.name-mismatch",
  "code.not-leaf",
  "code.obsolete-name",
  "code.econ-mapping",
];
const codes = (...sheets: ReturnType<typeof sheet>[]) =>
  checkWorkbook(workbook(...sheets), { catalog }).findings.filter((f: Finding) => CODE_RULES.includes(f.rule));

describe("code checks (check 5) and the economic mapping (check 10)", () => {
  test("known codes with their names, split 类/款/项: nothing", () => {
    expect(codes(expense, basic)).toEqual([]);
  });

  test.each([
    [
      "款 as the number 3 that lost its zero: info, read as 2010301",
      "B6",
      3,
      {
        rule: "code.malformed",
        severity: "info",
        cell: "A6",
        params: { raw: "201|3|01", code: "2010301", repairs: "leading-zero" },
      },
    ],
    [
      "a code the official catalog lacks: error",
      "C7",
      "09",
      { rule: "code.unknown", severity: "error", cell: "A7", params: { code: "2010309", catalog: "测试科目表" } },
    ],
    [
      "a name that is not the catalog's: error at the name cell",
      "D6",
      "行政运行费",
      {
        rule: "code.name-mismatch",
        severity: "error",
        cell: "D6",
        expected: "行政运行",
        actual: "行政运行费",
        params: { code: "2010301", name: "行政运行费", expectedName: "行政运行", source: "official" },
      },
    ],
  ])("%s", (_name, cell, value, wanted) => {
    expect(codes(withCell(expense, cell, value), basic)).toEqual([
      { sheet: "支出", table: "expense", refs: [], ...wanted },
    ]);
  });

  test("a 类 code on a detail row with money: error", () => {
    const classRow = withCell(withCell(withCell(expense, "B7", null), "C7", null), "D7", "一般公共服务支出");
    expect(codes(classRow, basic)).toEqual([
      {
        rule: "code.not-leaf",
        severity: "error",
        sheet: "支出",
        cell: "A7",
        table: "expense",
        refs: [],
        params: { code: "201", level: "1" },
      },
    ]);
  });

  test("a government code outside the mapping: error at the government code", () => {
    expect(codes(expense, withCell(withCell(basic, "C6", "50102"), "D6", ""))).toContainEqual({
      rule: "code.econ-mapping",
      severity: "error",
      sheet: "基本支出",
      cell: "C6",
      table: "basic-expense",
      refs: [{ sheet: "基本支出", cell: "A6" }],
      params: { code: "30101", govCode: "50102", expectedGov: "50101 / 50501" },
    });
  });
});

describe("table.empty-statement, table.placeholder, table.unrecognised, table.unit-assumed, value.unreadable", () => {
  const fund = (note: string | null) =>
    sheet("基金", [
      ["2024年政府性基金支出预算表"],
      [null, null, "单位：万元"],
      ["科目编码", "科目名称", "合计"],
      [null, "合计", 0],
      [note],
    ]);
  const meta = (sheets: ReturnType<typeof sheet>[], rules: string[]) =>
    checkWorkbook(workbook(...sheets), { catalog }).findings.filter((f) => rules.includes(f.rule));

  test.each([
    ["with 备注：本表为空表", "备注：本表为空表。", []],
    [
      "without a statement",
      null,
      [
        {
          rule: "table.empty-statement",
          severity: "warning",
          sheet: "基金",
          cell: "A1",
          table: "gov-fund",
          refs: [],
          params: {},
        },
      ],
    ],
  ])("an empty 政府性基金 table %s", (_name, note, wanted) => {
    expect(meta([fund(note)], ["table.empty-statement"])).toEqual(wanted);
  });

  test("placeholders, unknown sheets, missing units and text amounts are each reported", () => {
    const noUnit = sheet("收支", [
      ["2024年部门收支预算表"],
      ["收入", null, "支出", null],
      ["项目", "金额", "项目", "金额"],
      ["一、一般公共预算", 1, "一、一般公共服务", 1],
      ["收入总计", 1, "支出总计", 1],
    ]);
    const withText = withCell(withCell(expense, "E6", "二十"), "D7", "XX项目");
    const found = meta(
      [noUnit, withText, sheet("备忘", [["随便写的"]])],
      ["table.placeholder", "table.unrecognised", "table.unit-assumed", "value.unreadable"],
    );
    // Errors first, then warnings, then notes (sort-findings.ts).
    expect(found).toEqual([
      {
        rule: "table.placeholder",
        severity: "error",
        sheet: "支出",
        cell: "D7",
        table: "expense",
        refs: [],
        params: { text: "XX" },
      },
      {
        rule: "value.unreadable",
        severity: "warning",
        sheet: "支出",
        cell: "E6",
        table: "expense",
        refs: [],
        params: { text: "二十" },
      },
      {
        rule: "table.unit-assumed",
        severity: "info",
        sheet: "收支",
        cell: "A1",
        table: "income-expense-summary",
        refs: [],
        params: { unit: "万元" },
      },
      {
        rule: "table.unrecognised",
        severity: "info",
        sheet: "备忘",
        cell: "A1",
        refs: [],
        params: { reason: "no-title" },
      },
    ]);
  });
});
