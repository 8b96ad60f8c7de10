/**
 * The Ministry of Finance national layout (domain.md): 8 tables, amounts in 万元 with 2 decimals, codes split into
 * 类/款/项 columns (款 and 项 as text "06", "01") with 项 rows only under a 合计 row.
 */
import type { CellValue } from "../../src/core/grid/snapshot";
import { SANGONG, classes, linesUnder } from "./department";
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
  classLabel,
  classLines,
  econRows,
  functionRows,
  totals,
} from "./tables";

export const NATIONAL_DEPARTMENT = "云溪县统计局";
const FORMAT = "#,##0.00";
/** 元 → 万元; every amount of the department is a whole hundred 元, so this is exact to 0.01. */
const money = (yuan: number) => Number((yuan / 10_000).toFixed(2));

function sheet(
  name: string,
  width: number,
  header: CellValue[][],
  body: CellValue[][],
  merges: string[] = [],
): SheetSpec {
  const last = String.fromCharCode(64 + width);
  const unitRow: CellValue[] = [
    `部门名称：${NATIONAL_DEPARTMENT}`,
    ...Array<CellValue>(width - 2).fill(null),
    "单位：万元",
  ];
  return {
    name,
    rows: [[`${NATIONAL_DEPARTMENT}${YEAR}年部门预算${name}`], unitRow, ...header, ...body],
    merges: [`A1:${last}1`, ...merges],
    amountFormat: FORMAT,
  };
}

const SPLIT_HEADER: CellValue[][] = [
  ["科目编码", null, null, "科目名称"],
  ["类", "款", "项", null],
];
const SPLIT_MERGES = ["A3:C3", "D3:D4"];

export const NATIONAL_SHEETS = {
  summary: "收支总表",
  income: "收入总表",
  expense: "支出总表",
  fiscal: "财政拨款收支总表",
  general: "一般公共预算支出表",
  basic: "一般公共预算基本支出表",
  sangong: "一般公共预算“三公”经费支出表",
  govFund: "政府性基金预算支出表",
} as const;

/** Layout variations real disclosures show; the defaults are the national template's. */
export interface NationalOptions {
  /** How the class lines of 收支总表 and 财政拨款收支总表 are numbered (default positional: 八 = 208). */
  readonly classNumbering?: ClassNumbering;
}

export function nationalWorkbook(options: NationalOptions = {}): WorkbookSpec {
  const t = totals();
  const w = (yuan: number) => money(yuan);
  const s = NATIONAL_SHEETS;
  const numbering = options.classNumbering ?? "positional";
  const classTotals = classLines(money, numbering);
  const income: [string, number][] = [
    ["一、一般公共预算拨款收入", w(t.general)],
    ["二、政府性基金预算拨款收入", w(t.govFund)],
    ["三、国有资本经营预算拨款收入", 0],
    ["四、财政专户管理资金收入", 0],
    ["五、事业收入", 0],
    ["六、事业单位经营收入", 0],
    ["七、上级补助收入", 0],
    ["八、附属单位上缴收入", 0],
    ["九、其他收入", 0],
  ];
  const summaryBody: CellValue[][] = income.map(([label, amount], i) => [
    label,
    amount,
    classTotals[i]?.[0] ?? null,
    classTotals[i]?.[1] ?? null,
  ]);
  summaryBody.push(
    ["本年收入合计", w(t.all), "本年支出合计", w(t.all)],
    ["上年结转结余", 0, "年终结转结余", 0],
    ["收入总计", w(t.all), "支出总计", w(t.all)],
  );

  const summary = sheet(
    s.summary,
    4,
    [
      ["收入", null, "支出", null],
      ["项目", "预算数", "项目", "预算数"],
    ],
    summaryBody,
    ["A3:B3", "C3:D3"],
  );

  const incomeTable = sheet(
    s.income,
    11,
    [
      [
        "科目编码",
        null,
        null,
        "科目名称",
        "合计",
        "上年结转结余",
        "一般公共预算拨款收入",
        "政府性基金预算拨款收入",
        "国有资本经营预算拨款收入",
        "事业收入",
        "其他收入",
      ],
      ["类", "款", "项", null, null, null, null, null, null, null, null],
    ],
    functionRows(
      "split-leaves",
      undefined,
      [TOTAL, ZERO, OF_FUND("general"), OF_FUND("gov-fund"), ZERO, ZERO, ZERO],
      money,
      true,
    ),
    ["A3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "K3:K4"],
  );

  const expense = sheet(
    s.expense,
    7,
    [
      [...SPLIT_HEADER[0]!, "合计", "基本支出", "项目支出"],
      [...SPLIT_HEADER[1]!, null, null, null],
    ],
    functionRows("split-leaves", undefined, [TOTAL, BASIC, PROJECT], money, true),
    [...SPLIT_MERGES, "E3:E4", "F3:F4", "G3:G4"],
  );

  const fiscalRight: CellValue[][] = [
    ["一、本年支出", w(t.all), w(t.general), w(t.govFund), 0],
    ...classes().map((c, i) => {
      const lines = linesUnder(c);
      return [
        classLabel(c, i, numbering, "（）"),
        w(TOTAL(lines)),
        w(OF_FUND("general")(lines)),
        w(OF_FUND("gov-fund")(lines)),
        0,
      ];
    }),
    ["二、年终结转结余", 0, 0, 0, 0],
  ];
  const fiscalLeft: [string, number][] = [
    ["一、本年收入", w(t.all)],
    ["（一）一般公共预算拨款", w(t.general)],
    ["（二）政府性基金预算拨款", w(t.govFund)],
    ["（三）国有资本经营预算拨款", 0],
    ["二、上年结转", 0],
    ["（一）一般公共预算拨款", 0],
    ["（二）政府性基金预算拨款", 0],
    ["（三）国有资本经营预算拨款", 0],
  ];
  const fiscalBody: CellValue[][] = [];
  for (let i = 0; i < Math.max(fiscalLeft.length, fiscalRight.length); i++) {
    fiscalBody.push([...(fiscalLeft[i] ?? [null, null]), ...(fiscalRight[i] ?? [null, null, null, null, null])]);
  }
  fiscalBody.push(["收入总计", w(t.all), "支出总计", w(t.all), w(t.general), w(t.govFund), 0]);
  const fiscal = sheet(
    s.fiscal,
    7,
    [
      ["收入", null, "支出", null, null, null, null],
      ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
    ],
    fiscalBody,
    ["A3:B3", "C3:G3"],
  );

  const general = sheet(
    s.general,
    7,
    [
      [...SPLIT_HEADER[0]!, "合计", "基本支出", "项目支出"],
      [...SPLIT_HEADER[1]!, null, null, null],
    ],
    functionRows("split-leaves", "general", [TOTAL, BASIC, PROJECT], money, true),
    [...SPLIT_MERGES, "E3:E4", "F3:F4", "G3:G4"],
  );

  const basic = sheet(
    s.basic,
    5,
    [
      ["部门预算支出经济分类科目", null, "本年一般公共预算基本支出", null, null],
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    ],
    econRows(money),
    ["A3:B3", "C3:E3"],
  );

  const sangong = sheet(
    s.sangong,
    6,
    [
      ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
    ],
    [
      [
        w(SANGONG_TOTAL),
        w(SANGONG.abroad),
        w(SANGONG.carPurchase + SANGONG.carRunning),
        w(SANGONG.carPurchase),
        w(SANGONG.carRunning),
        w(SANGONG.reception),
      ],
    ],
    ["C3:E3", "A3:A4", "B3:B4", "F3:F4"],
  );

  const govFund = sheet(
    s.govFund,
    7,
    [
      [...SPLIT_HEADER[0]!, "合计", "基本支出", "项目支出"],
      [...SPLIT_HEADER[1]!, null, null, null],
    ],
    functionRows("split-leaves", "gov-fund", [TOTAL, BASIC, PROJECT], money, true),
    [...SPLIT_MERGES, "E3:E4", "F3:F4", "G3:G4"],
  );

  return [summary, incomeTable, expense, fiscal, general, basic, sangong, govFund];
}
