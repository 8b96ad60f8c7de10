/**
 * The Shanghai district layout (domain.md): 9 tables, amounts in whole 元, one code column listing every 类, 款 and
 * 项 row with its subtotal, titles with the year, a 编制部门 line with 单位：元.
 */
import type { CellValue } from "../../src/core/grid/snapshot";
import { CLASS_NAMES, SANGONG, classes, linesUnder } from "./department";
import type { SheetSpec, WorkbookSpec } from "./sheet-spec";
import {
  BASIC,
  type ClassNumbering,
  OF_FUND,
  PROJECT,
  SANGONG_TOTAL,
  TOTAL,
  YEAR,
  ZERO,
  classLines,
  econRows,
  functionRows,
  totals,
} from "./tables";

export const SHANGHAI_DEPARTMENT = "上海市申江区城市管理局";
const FORMAT = "#,##0";
const money = (yuan: number) => yuan;

function sheet(
  name: string,
  width: number,
  header: CellValue[][],
  body: CellValue[][],
  merges: string[] = [],
  notes: CellValue[][] = [],
): SheetSpec {
  const last = String.fromCharCode(64 + width);
  const unitRow: CellValue[] = [
    `编制部门：${SHANGHAI_DEPARTMENT}`,
    ...Array<CellValue>(width - 2).fill(null),
    "单位：元",
  ];
  return {
    name,
    rows: [[`${YEAR}年${name}`], unitRow, ...header, ...body, ...notes],
    merges: [`A1:${last}1`, ...merges],
    amountFormat: FORMAT,
  };
}

function twoSided(left: [string, number | null][], right: CellValue[][]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [label, amount] = left[i] ?? [null, null];
    rows.push([label, amount, ...(right[i] ?? [null, null])]);
  }
  return rows;
}

export const SHANGHAI_SHEETS = {
  summary: "部门财务收支预算总表",
  income: "部门收入预算总表",
  expense: "部门支出预算总表",
  fiscal: "部门财政拨款收支预算总表",
  general: "部门一般公共预算支出功能分类预算表",
  govFund: "部门政府性基金预算支出功能分类预算表",
  stateCapital: "部门国有资本经营预算支出功能分类预算表",
  basic: "部门一般公共预算基本支出部门预算经济分类预算表",
  sangong: "部门“三公”经费和机关运行经费预算表",
} as const;

/** Layout variations real disclosures show; the defaults are the plain Shanghai form. */
export interface ShanghaiOptions {
  /** Class lines of 部门财务收支预算总表 (default: positional numbers, 一、 八、 …). */
  readonly summaryClasses?: ClassNumbering;
  /**
   * 财政拨款收支预算总表's expense side: "lines" lists the class lines then 本年支出合计 (default);
   * "under-heading" puts them under a 一、本年支出 heading row, unnumbered.
   */
  readonly fiscalExpense?: "lines" | "under-heading";
  /** 三公 table: one row under a two-row header (default) or one item per row (项目 | 预算数). */
  readonly sangong?: "horizontal" | "vertical";
}

export function shanghaiWorkbook(options: ShanghaiOptions = {}): WorkbookSpec {
  const t = totals();
  const classTotals = classLines(money, options.summaryClasses ?? "positional");
  const s = SHANGHAI_SHEETS;

  const summary = sheet(
    s.summary,
    4,
    [
      ["收入", null, "支出", null],
      ["项目", "预算数", "项目", "预算数"],
    ],
    [
      ...twoSided(
        [
          ["一、财政拨款收入", t.all],
          ["（一）一般公共预算资金", t.general],
          ["（二）政府性基金", t.govFund],
          ["（三）国有资本经营预算", 0],
          ["二、事业收入", 0],
          ["三、事业单位经营收入", 0],
          ["四、其他收入", 0],
        ],
        classTotals.map(([name, amount]) => [name, amount]),
      ),
      ["本年收入合计", t.all, "本年支出合计", t.all],
      ["上年结转结余", 0, "年终结转结余", 0],
      ["收入总计", t.all, "支出总计", t.all],
    ],
    ["A3:B3", "C3:D3"],
  );

  const income = sheet(
    s.income,
    9,
    [
      ["科目编码", "科目名称", "合计", "财政拨款收入", null, null, "事业收入", "事业单位经营收入", "其他收入"],
      [null, null, null, "一般公共预算资金", "政府性基金", "国有资本经营预算", null, null, null],
    ],
    functionRows(
      "joined-all-levels",
      undefined,
      [TOTAL, OF_FUND("general"), OF_FUND("gov-fund"), ZERO, ZERO, ZERO, ZERO],
      money,
      true,
    ),
    ["D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4", "H3:H4", "I3:I4"],
  );

  const expense = sheet(
    s.expense,
    5,
    [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
    functionRows("joined-all-levels", undefined, [TOTAL, BASIC, PROJECT], money, true),
  );

  const fiscal = sheet(
    s.fiscal,
    7,
    [
      ["收入", null, "支出", null, null, null, null],
      ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金", "国有资本经营预算"],
    ],
    [
      ...twoSided(
        [
          ["一、本年收入", t.all],
          ["（一）一般公共预算资金", t.general],
          ["（二）政府性基金", t.govFund],
          ["（三）国有资本经营预算", 0],
          ["二、上年结转", 0],
          ["（一）一般公共预算资金", 0],
          ["（二）政府性基金", 0],
          ["（三）国有资本经营预算", 0],
        ],
        options.fiscalExpense === "under-heading"
          ? [["一、本年支出", t.all, t.general, t.govFund, 0], ...fiscalClassRows(), ["二、年终结转结余", 0, 0, 0, 0]]
          : [
              ...fiscalClassRows(),
              [null],
              ["本年支出合计", t.all, t.general, t.govFund, 0],
              ["年终结转结余", 0, 0, 0, 0],
            ],
      ),
      ["收入总计", t.all, "支出总计", t.all, t.general, t.govFund, 0],
    ],
    ["A3:B3", "C3:G3"],
  );

  const general = sheet(
    s.general,
    5,
    [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
    functionRows("joined-all-levels", "general", [TOTAL, BASIC, PROJECT], money, false),
  );

  const govFund = sheet(
    s.govFund,
    5,
    [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
    functionRows("joined-all-levels", "gov-fund", [TOTAL, BASIC, PROJECT], money, true),
  );

  const stateCapital = sheet(
    s.stateCapital,
    5,
    [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
    [[null, "合计", null, null, null]],
    [],
    [["注：本部门2024年无国有资本经营预算拨款安排的支出，本表为空表。"]],
  );

  const basic = sheet(
    s.basic,
    5,
    [["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"]],
    econRows(money),
  );

  const running = econRows(money)[0]![4] as number;
  const sangong =
    options.sangong === "vertical"
      ? verticalSangong(running)
      : sheet(
          s.sangong,
          7,
          [
            ["“三公”经费合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", null, null, "机关运行经费"],
            [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
          ],
          [
            [
              SANGONG_TOTAL,
              SANGONG.abroad,
              SANGONG.reception,
              SANGONG.carPurchase + SANGONG.carRunning,
              SANGONG.carPurchase,
              SANGONG.carRunning,
              running,
            ],
          ],
          ["D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4"],
        );

  return [summary, income, expense, fiscal, general, govFund, stateCapital, basic, sangong];
}

function fiscalClassRows(): CellValue[][] {
  return classes().map((c) => {
    const lines = linesUnder(c);
    return [CLASS_NAMES[c]!, TOTAL(lines), OF_FUND("general")(lines), OF_FUND("gov-fund")(lines), 0];
  });
}

function verticalSangong(running: number): SheetSpec {
  return sheet(
    SHANGHAI_SHEETS.sangong,
    2,
    [["项目", "预算数"]],
    [
      ["“三公”经费合计", SANGONG_TOTAL],
      ["1.因公出国（境）费", SANGONG.abroad],
      ["2.公务接待费", SANGONG.reception],
      ["3.公务用车购置及运行费", SANGONG.carPurchase + SANGONG.carRunning],
      ["其中：（1）公务用车购置费", SANGONG.carPurchase],
      ["（2）公务用车运行费", SANGONG.carRunning],
      ["机关运行经费", running],
    ],
  );
}
