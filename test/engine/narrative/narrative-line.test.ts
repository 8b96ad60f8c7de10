/** Narrative items at their own level: a 类/款/项 path is tied to the row that lists it, never to its 类 total. */
import { findLinePath } from "../../../src/core/engine/narrative/line-path";
import { normaliseNarrative } from "../../../src/core/engine/narrative/normalise";
import { narrativeAmount } from "../../../src/core/engine/rules/narrative-amount";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { narrativeContext } from "../../helpers/narrative-context";
import { lineTable, withTables, type LineSpec } from "../../helpers/line-tables";

const GENERAL = "一般公共预算支出功能分类预算表";
const EXPENSE = "部门支出预算总表";

/** The rows of the 普陀区商务委员会 2025 tables (source.pdf), in 万元. */
const COMMERCE: readonly LineSpec[] = [
  ["201", "一般公共服务支出", "2160.17"],
  ["20113", "商贸事务", "2160.17"],
  ["2011301", "行政运行", "938.99"],
  ["2011302", "一般行政管理事务", "454.50"],
  ["2011350", "事业运行", "290.18"],
  ["2011399", "其他商贸事务支出", "476.50"],
  ["221", "住房保障支出", "284.90"],
  ["22102", "住房改革支出", "284.90"],
  ["2210201", "住房公积金", "136.10"],
  ["2210203", "购房补贴", "148.80"],
];

const path = (label: string) => findLinePath(normaliseNarrative(label));

describe("reading a 类/款/项 path before a figure", () => {
  it.each([
    [
      "pt-commerce-2025: “X（类）Y（款）Z（项）”",
      "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”",
      ["一般公共服务支出", "商贸事务", "行政运行"],
    ],
    [
      "pt-commerce-2025: mixed brackets “（款)”",
      "11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”",
      ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"],
    ],
    [
      "pt-gov-office-2025: “X-Y-Z”科目 with a bracket inside a name",
      "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目",
      ["一般公共服务支出", "政府办公厅(室)及相关机构事务", "行政运行"],
    ],
    ["any dash", "“住房保障支出—住房改革支出—住房公积金”科目", ["住房保障支出", "住房改革支出", "住房公积金"]],
  ])("%s", (_case, label, names) => {
    expect(path(label)?.names).toEqual(names);
    expect(path(label)?.level).toBe("项");
  });

  it("reads a marker with digits as the code's last digits: 住房公积金（01项）", () => {
    expect(path("其中：住房公积金（01项）")).toMatchObject({ names: ["住房公积金"], code: "01", codeIsSuffix: true });
    expect(path("其中住房公积金（01项）")?.names).toEqual(["住房公积金"]);
  });

  it("reads a printed code: 2210201 住房公积金", () => {
    expect(path("2210201 住房公积金")).toMatchObject({ names: ["住房公积金"], code: "2210201", level: "项" });
  });

  it.each([
    ["a class line alone (left to the class lines)", "一般公共服务（类）支出"],
    ["a quoted name without dashes", "“三公”经费"],
    ["a year", "2025年预算安排"],
    ["a number without a name", "共 2011301"],
  ])("reads no path from %s", (_case, label) => {
    expect(path(label)).toBeUndefined();
  });
});

describe("narrative.amount at the 项 level", () => {
  const context = (paragraphs: string[], ...tables: (readonly LineSpec[])[]) =>
    withTables(
      narrativeContext(paragraphs, { "class.201": ["2160.17", EXPENSE, "E6"] }),
      ...tables.map((lines, i) =>
        lineTable(i === 0 ? "general-expense" : "expense", i === 0 ? GENERAL : EXPENSE, lines),
      ),
    );

  it("compares the 项 figure with the 项 row, not the 类 total (pt-commerce-2025, A7)", () => {
    const text =
      "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出 。";
    expect(narrativeAmount.check(context([text], COMMERCE))).toEqual([]);
  });

  it("reports a 项 figure that differs from its row, at the row's cell", () => {
    const text = "“一般公共服务支出-商贸事务-事业运行”科目 291.18 万元，主要用于下属事业单位运行费和人员经费。";
    expect(narrativeAmount.check(context([text], COMMERCE)).map((f) => [f.expected, f.actual, f.refs])).toEqual([
      ["290.18", "291.18", [{ sheet: GENERAL, cell: "E10" }]],
    ]);
  });

  it("accepts the figure of any table that lists the row (all funds or the 一般公共预算 part)", () => {
    const allFunds: LineSpec[] = COMMERCE.map(([code, name, total]) =>
      code === "2210201" ? [code, name, "150.00"] : [code, name, total],
    );
    const text = "“住房保障支出（类）住房改革支出（款）住房公积金（项）”150.00万元。";
    expect(narrativeAmount.check(context([text], [...COMMERCE], allFunds))).toEqual([]);
  });

  it("resolves a bare 项 name by its code digits: 购房补贴（03项）", () => {
    expect(narrativeAmount.check(context(["购房补贴（03项）148.80万元。"], COMMERCE))).toEqual([]);
    expect(narrativeAmount.check(context(["购房补贴（03项）148.00万元。"], COMMERCE))).toHaveLength(1);
  });

  it("resolves a printed code: 2210201 住房公积金 136.10 万元", () => {
    expect(narrativeAmount.check(context(["2210201住房公积金 136.10 万元。"], COMMERCE))).toEqual([]);
  });
});

describe("a path that resolves to no single row is an info saying why, never an error", () => {
  const lines: LineSpec[] = [
    ["2011301", "行政运行", "938.99"],
    ["2013201", "行政运行", "120.00"],
  ];
  const run = (text: string) => {
    const ctx = withTables(narrativeContext([text]), lineTable("expense", EXPENSE, lines));
    return [narrativeAmount.check(ctx), narrativeUntied.check(ctx).map((f) => f.params.reason)];
  };

  it("several rows of that name and no parent rows to tell them apart: ambiguous", () => {
    expect(run("“一般公共服务支出-商贸事务-行政运行”科目 999.00 万元。")).toEqual([[], ["ambiguous"]]);
  });

  it("no row of that name: not found", () => {
    expect(run("“一般公共服务支出-商贸事务-一般行政管理事务”科目 454.50 万元。")).toEqual([[], ["not-found"]]);
  });

  it("no classified table in the workbook", () => {
    const ctx = narrativeContext(["“住房保障支出-住房改革支出-住房公积金”科目 136.10 万元。"]);
    expect([narrativeAmount.check(ctx), narrativeUntied.check(ctx).map((f) => f.params.reason)]).toEqual([
      [],
      ["no-table"],
    ]);
  });
});

describe("a path is never tied to its 类 total", () => {
  const classTotal = (text: string) =>
    narrativeAmount.check(narrativeContext([text], { "class.201": ["2160.17", EXPENSE, "E6"] }));

  it.each([
    [
      "a year between the path and the figure",
      "“一般公共服务支出（类）商贸事务（款）行政运行（项）”2025年预算安排938.99万元。",
    ],
    ["a dashed path without quotes or 科目", "一般公共服务支出-商贸事务-行政运行 938.99万元。"],
    ["a path it cannot read (four names)", "“一般公共服务支出-商贸事务-行政运行-其他”科目 938.99万元。"],
    ["a 项 marker it cannot place", "一般公共服务支出（类）行政运行（项）、事业运行（项）合计 1229.17万元。"],
  ])("%s", (_case, text) => {
    expect(classTotal(text)).toEqual([]);
  });

  it("reads a path followed by 2025年预算安排", () => {
    expect(path("“一般公共服务支出（类）商贸事务（款）行政运行（项）”2025年预算安排")?.names).toEqual([
      "一般公共服务支出",
      "商贸事务",
      "行政运行",
    ]);
  });
});
