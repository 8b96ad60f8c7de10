/**
 * Narrative totals tied to their table totals (issue #12 item 3): 收入预算, 财政拨款收入, 事业收入 …, 支出预算,
 * 财政拨款支出预算, the fund totals (0 when the fund's table says it is empty), 机关运行经费.
 */
import { addNarrativeQuantities } from "../../../src/core/engine/build-narrative-quantities";
import type { Quantity, QuantityKey } from "../../../src/core/engine/quantities";
import type { RecognisedTable, RecognisedWorkbook, Row } from "../../../src/core/engine/recognise/types";
import { narrativeAmount } from "../../../src/core/engine/rules/narrative-amount";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { Dec } from "../../../src/core/money";
import { narrativeContext } from "../../helpers/narrative-context";

const INCOME = "2025年部门收入预算总表";
const GOV_FUND = "2025年部门政府性基金预算支出功能分类预算表";

/** pt-gov-office-2025-dept, 部门预算编制说明 A3 and A4 (source.pdf p. 5). */
const GOV_OFFICE_INCOME =
  "2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。";
const GOV_OFFICE_EXPENSE =
  "支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元。财政拨款支出预算中，一般公共预算拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元；政府性基金拨款支出预算0万元，比2024年预算持平；国有资本经营预算拨款支出预算0万元，比2024年预算持平。";

const yuan = (value: string, sheet: string, cell: string): Quantity => ({
  value: new Dec(value),
  decimals: 2,
  sheet,
  cell,
  unit: "元",
  table: "test",
});

const TABLES: Partial<Record<QuantityKey, Quantity>> = {
  "income-table.total": yuan("91016775.35", INCOME, "E26"),
  "income-table.fiscal": yuan("91016775.35", INCOME, "F26"),
  "income-table.business": yuan("0", INCOME, "G26"),
  "income-table.operating": yuan("0", INCOME, "H26"),
  "income-table.other": yuan("0", INCOME, "I26"),
  "expense-table.total": yuan("91016775.35", "2025年部门支出预算总表", "E26"),
  "general.total": yuan("91016775.35", "2025年部门一般公共预算支出功能分类预算表", "E26"),
  "fiscal-tables.expense": yuan("91016775.35", "2025年部门一般公共预算支出功能分类预算表", "E26"),
  "gov-fund.empty": yuan("0", GOV_FUND, "A6"),
  "state-capital.empty": yuan("0", "2025年部门国有资本经营预算支出功能分类预算表", "A6"),
};

describe("narrative totals", () => {
  it("ties every total of pt-gov-office-2025's 编制说明 and finds them equal", () => {
    const context = narrativeContext([GOV_OFFICE_INCOME, GOV_OFFICE_EXPENSE], TABLES);
    expect(narrativeAmount.check(context)).toEqual([]);
    expect(narrativeUntied.check(context)).toEqual([]);
  });

  it.each([
    ["收入预算9,101.68万元", "收入预算9,101.69万元", "income-table.total", "9101.68"],
    ["财政拨款收入9,101.68万元", "财政拨款收入9,111.68万元", "income-table.fiscal", "9101.68"],
    ["事业收入0万元", "事业收入1万元", "income-table.business", "0"],
    ["事业单位经营收入0万元", "事业单位经营收入1万元", "income-table.operating", "0"],
    ["其他收入0万元", "其他收入1万元", "income-table.other", "0"],
  ])("reports %s changed to %s against %s", (from, to, key, expected) => {
    const context = narrativeContext([GOV_OFFICE_INCOME.replace(from, to)], TABLES);
    expect(narrativeAmount.check(context).map((f) => [f.params.quantity, f.expected])).toEqual([[key, expected]]);
  });

  it.each([
    ["支出预算9,101.68万元，其中", "支出预算9,100.68万元，其中", "expense-table.total"],
    ["其中：财政拨款支出预算9,101.68万元", "其中：财政拨款支出预算9,100.68万元", "fiscal-tables.expense"],
    ["一般公共预算拨款支出预算9,101.68万元", "一般公共预算拨款支出预算9,100.68万元", "general.total"],
    ["政府性基金拨款支出预算0万元", "政府性基金拨款支出预算5万元", "gov-fund.empty"],
    ["国有资本经营预算拨款支出预算0万元", "国有资本经营预算拨款支出预算5万元", "state-capital.empty"],
  ])("reports %s changed to %s against %s", (from, to, key) => {
    const context = narrativeContext([GOV_OFFICE_EXPENSE.replace(from, to)], TABLES);
    expect(narrativeAmount.check(context).map((f) => f.params.quantity)).toEqual([key]);
  });

  it("ties 机关运行经费 to the 三公 table's column before the 公用经费 (pt-commerce-2025, 其他相关情况说明 A9)", () => {
    const text = "2025年上海市普陀区商务委员会财政拨款的机关运行经费预算为171.01万元。";
    const context = narrativeContext([text], {
      "sangong.office-running": ["171.01", "三公", "G6"],
      "basic.public": ["180.00", "基本支出", "F35"],
    });
    expect(narrativeAmount.check(context)).toEqual([]);
  });
});

/** A table with a 合计 row carrying the given amounts, its columns named by header paths. */
function table(
  kind: string,
  sheet: string,
  columns: [string, string][],
  total: [string, string][],
  notes: string[] = [],
) {
  const row: Row = {
    row: 25,
    kind: "total",
    label: "合计",
    amounts: new Map(
      total.map(([role, value], i) => [
        role,
        { value: new Dec(value), cell: `${"EFGHI"[i]}26`, row: 25, col: 4 + i, blank: value === "0" },
      ]),
    ) as Row["amounts"],
  };
  return {
    kind,
    sheet,
    unit: "元",
    decimals: 2,
    dataTop: 5,
    bottom: 14,
    columns: columns.map(([role, path], i) => ({ col: 4 + i, role, path: path.split(" > ") })),
    rows: total.length > 0 ? [row] : [],
    notes: notes.map((text, i) => ({ cell: `A${15 + i}`, text })),
  } as unknown as RecognisedTable;
}

function quantitiesOf(
  tables: RecognisedTable[],
  sheetValues: Record<string, unknown[][]> = {},
  start: [QuantityKey, Quantity][] = [],
) {
  const workbook = {
    tables,
    sheets: new Map(tables.map((t) => [t.sheet, { name: t.sheet, values: sheetValues[t.sheet] ?? [] }])),
  } as unknown as RecognisedWorkbook;
  const map = new Map<QuantityKey, Quantity>(start);
  addNarrativeQuantities(workbook, map);
  return map;
}

describe("the quantities the narrative totals name", () => {
  const income = table(
    "income",
    INCOME,
    [
      ["total", "收入预算 > 合计"],
      ["general", "收入预算 > 财政拨款收入"],
      ["business", "收入预算 > 事业收入"],
    ],
    [
      ["total", "100"],
      ["general", "60"],
      ["business", "40"],
    ],
  );

  it("reads the 收入表's 合计 row by source; its 财政拨款收入 column only when the header says 财政拨款", () => {
    const map = quantitiesOf([income]);
    expect([map.get("income-table.fiscal")?.value.toString(), map.get("income-table.business")?.cell]).toEqual([
      "60",
      "G26",
    ]);
    const generalOnly = table("income", INCOME, [["general", "收入预算 > 一般公共预算"]], [["general", "60"]]);
    expect(quantitiesOf([generalOnly]).has("income-table.fiscal")).toBe(false);
  });

  it("states 0 for a fund table that prints no amount and says it is empty (pt-gov-office-2025)", () => {
    const empty = table(
      "gov-fund",
      GOV_FUND,
      [],
      [],
      ["注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"],
    );
    expect(quantitiesOf([empty]).get("gov-fund.empty")?.value.toString()).toBe("0");
  });

  it("states nothing for an empty-looking table whose sheet prints a number, or one that does not say it is empty", () => {
    const empty = table("gov-fund", GOV_FUND, [], [], ["注:本表为空表。"]);
    const values: unknown[][] = Array.from({ length: 10 }, () => []);
    values[7] = ["229", null, null, "其他支出", 1200];
    expect(quantitiesOf([empty], { [GOV_FUND]: values }).has("gov-fund.empty")).toBe(false);
    expect(quantitiesOf([table("gov-fund", GOV_FUND, [], [])]).has("gov-fund.empty")).toBe(false);
  });

  it("gives 财政拨款 spending as the 一般公共预算 total only when both other fund tables state 0", () => {
    const general = yuan("500", "一般", "E26");
    const emptyNote = ["本表为空表"];
    const tables = [table("gov-fund", GOV_FUND, [], [], emptyNote), table("state-capital", "国资", [], [], emptyNote)];
    expect(quantitiesOf(tables, {}, [["general.total", general]]).get("fiscal-tables.expense")).toBe(general);
    expect(quantitiesOf(tables.slice(0, 1), {}, [["general.total", general]]).has("fiscal-tables.expense")).toBe(false);
  });
});

describe("公务用车购置费 and 运行费 under an empty 小计", () => {
  /** pt-gov-office-2025's 三公 table (万元): 867.50, 839.00, 28.50, 小计 blank, 购置费 and 运行费 blank, 213.28. */
  const printed: unknown[] = [867.5, 839, 28.5, null, null, null, 213.28];
  const sangong = (cells: unknown[]) => {
    const roles = ["total", "abroad", "reception", "car", undefined, undefined, "office-running"];
    const amounts = new Map(
      roles.flatMap((role, col) =>
        role === undefined
          ? []
          : [
              [
                role,
                {
                  value: new Dec(String(cells[col] ?? 0)),
                  cell: `${"ABCDEFG"[col]}6`,
                  row: 5,
                  col,
                  blank: cells[col] === null,
                },
              ],
            ],
      ),
    );
    const table = {
      kind: "sangong",
      sheet: "三公",
      unit: "万元",
      decimals: 2,
      right: 6,
      rows: [{ row: 5, kind: "item", label: "", amounts }],
    };
    const values: unknown[][] = [[], [], [], [], [], cells];
    const workbook = {
      tables: [table],
      sheets: new Map([["三公", { name: "三公", values }]]),
    } as unknown as RecognisedWorkbook;
    const map = new Map<QuantityKey, Quantity>();
    addNarrativeQuantities(workbook, map);
    return map;
  };

  it("are 0 at the 小计's cell when the row prints nothing else", () => {
    const map = sangong(printed);
    expect([map.get("sangong.car-purchase")?.value.toString(), map.get("sangong.car-running")?.cell]).toEqual([
      "0",
      "D6",
    ]);
    expect(map.get("sangong.office-running")?.value.toString()).toBe("213.28");
  });

  it("are not stated when the row prints a number in a column not read", () => {
    const map = sangong([867.5, 839, 28.5, null, 5, null, 213.28]);
    expect(map.has("sangong.car-purchase")).toBe(false);
  });
});
