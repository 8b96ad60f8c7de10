/**
 * One injected error per check: the cells changed, and the findings the change must produce beyond those of the
 * consistent workbook (errors and warnings; info is not compared). Each change is made so that as few identities
 * as possible break — e.g. a leaf changed in two columns keeps its row identity and breaks only its parent's
 * column sums — and the expected list names every identity that the change breaks, worked out by hand.
 */
import type { CellValue } from "../../src/core/grid/snapshot";
import { nationalWorkbook, NATIONAL_SHEETS as N } from "./national";
import { shanghaiWorkbook, SHANGHAI_SHEETS as S } from "./shanghai";
import { cellAt, type Patch, type WorkbookSpec } from "./sheet-spec";

export type Layout = "shanghai" | "national";

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** The cell the finding is reported at; several when domain.md leaves the choice open (code or name cell). */
  readonly cells: readonly string[];
}

export interface InjectedError {
  readonly id: string;
  readonly layout: Layout;
  /** What was changed, in words. */
  readonly what: string;
  readonly patches: readonly Patch[];
  readonly expected: readonly ExpectedFinding[];
}

export const LAYOUTS: Readonly<Record<Layout, () => WorkbookSpec>> = {
  shanghai: shanghaiWorkbook,
  national: nationalWorkbook,
};

export function injectedErrors(): InjectedError[] {
  const sh = shanghaiWorkbook();
  const na = nationalWorkbook();
  const at = (spec: WorkbookSpec, sheet: string, key: string, col: string, occurrence = 0) =>
    cellAt(spec, sheet, key, col, occurrence);
  const set = (
    spec: WorkbookSpec,
    sheet: string,
    key: string,
    col: string,
    value: CellValue,
    occurrence = 0,
  ): Patch => ({
    sheet,
    cell: at(spec, sheet, key, col, occurrence),
    value,
  });
  const err = (sheet: string, rule: string, ...cells: string[]): ExpectedFinding => ({
    rule,
    severity: "error",
    sheet,
    cells,
  });
  const warn = (sheet: string, rule: string, ...cells: string[]): ExpectedFinding => ({
    rule,
    severity: "warning",
    sheet,
    cells,
  });

  return [
    {
      id: "sh-sum-total",
      layout: "shanghai",
      what: "30101 基本工资 +100 元 in 合计 and 人员经费: 301 工资福利支出 ≠ Σ款 in both columns",
      patches: [set(sh, S.basic, "30101", "C", 1_200_100), set(sh, S.basic, "30101", "D", 1_200_100)],
      expected: [
        err(S.basic, "sum.total", at(sh, S.basic, "301", "C")),
        err(S.basic, "sum.total", at(sh, S.basic, "301", "D")),
      ],
    },
    {
      id: "sh-sum-row",
      layout: "shanghai",
      what: "合计 of 2010601 +100 and of 2010602 −100 元: 款 sums hold, both rows ≠ 基本 + 项目",
      patches: [set(sh, S.expense, "2010601", "C", 4_068_500), set(sh, S.expense, "2010602", "C", 1_205_200)],
      expected: [
        err(S.expense, "sum.row", at(sh, S.expense, "2010601", "C")),
        err(S.expense, "sum.row", at(sh, S.expense, "2010602", "C")),
      ],
    },
    {
      id: "sh-summary-balance",
      layout: "shanghai",
      what: "年终结转结余 0 → 100 and 支出总计 +100: 支出总计 still = 本年支出 + 结转, but ≠ 收入总计",
      patches: [set(sh, S.summary, "年终结转结余", "D", 100), set(sh, S.summary, "支出总计", "D", 9_659_100)],
      expected: [
        err(S.summary, "summary.balance", at(sh, S.summary, "支出总计", "D"), at(sh, S.summary, "收入总计", "B")),
      ],
    },
    {
      id: "sh-summary-heading",
      layout: "shanghai",
      what: "上年结转's （一）一般公共预算资金 0 → 100: the heading 二、上年结转 (0) ≠ its sub-items",
      patches: [set(sh, S.fiscal, "（一）一般公共预算资金", "B", 100, 1)],
      // The 100 also counts as 一般公共预算 income the table does not spend: the fund no longer balances.
      expected: [
        err(S.fiscal, "summary.heading", at(sh, S.fiscal, "二、上年结转", "B")),
        err(S.fiscal, "cross.fund-source", "*"),
      ],
    },
    {
      id: "sh-sangong-sum",
      layout: "shanghai",
      what: "公务接待费 18,000 → 18,500 元: 三公 合计 ≠ Σ",
      patches: [{ sheet: S.sangong, cell: "C5", value: 18_500 }],
      expected: [err(S.sangong, "sangong.sum", "A5")],
    },
    {
      id: "sh-sangong-car",
      layout: "shanghai",
      what: "公务用车运行费 72,000 → 72,500 元: 公务用车购置及运行费 ≠ 购置 + 运行 (合计 unchanged)",
      patches: [{ sheet: S.sangong, cell: "F5", value: 72_500 }],
      expected: [err(S.sangong, "sangong.sum", "D5")],
    },
    {
      id: "sh-name-mismatch",
      layout: "shanghai",
      // 2010601 is known from real disclosures only (observed): a different name is a warning (issue #13).
      what: "2010601 named 一般行政管理事务 instead of 行政运行",
      patches: [set(sh, S.expense, "2010601", "B", "一般行政管理事务")],
      expected: [
        warn(S.expense, "code.name-mismatch", at(sh, S.expense, "2010601", "A"), at(sh, S.expense, "2010601", "B")),
      ],
    },
    {
      id: "sh-obsolete-name",
      layout: "shanghai",
      what: "210 printed with its pre-2019 name 医疗卫生与计划生育支出",
      patches: [set(sh, S.expense, "210", "B", "医疗卫生与计划生育支出")],
      expected: [warn(S.expense, "code.obsolete-name", at(sh, S.expense, "210", "A"), at(sh, S.expense, "210", "B"))],
    },
    {
      id: "sh-malformed-code",
      layout: "shanghai",
      what: "2010607 typed as 201067 (a digit lost: six digits is no code length)",
      patches: [set(sh, S.expense, "2010607", "A", "201067")],
      expected: [err(S.expense, "code.malformed", at(sh, S.expense, "2010607", "A"))],
    },
    {
      id: "sh-empty-statement",
      layout: "shanghai",
      what: "the empty 国有资本经营 table without its statement",
      patches: [set(sh, S.stateCapital, "注：本部门2024年无国有资本经营预算拨款安排的支出，本表为空表。", "A", null)],
      expected: [warn(S.stateCapital, "table.empty-statement", "*")],
    },
    {
      id: "sh-placeholder",
      layout: "shanghai",
      what: "编制部门 left as the template's XX",
      patches: [{ sheet: S.expense, cell: "A2", value: "编制部门：XX" }],
      expected: [err(S.expense, "table.placeholder", "A2")],
    },
    {
      id: "sh-cross-class-lines",
      layout: "shanghai",
      what: "收支总表 class lines: 一般公共服务 +100, 社会保障和就业 −100 元 (its totals still hold)",
      patches: [
        set(sh, S.summary, "一、一般公共服务支出", "D", 7_753_800),
        set(sh, S.summary, "八、社会保障和就业支出", "D", 839_400),
      ],
      expected: [
        err(S.summary, "cross.same-quantity", at(sh, S.summary, "一、一般公共服务支出", "D")),
        err(S.summary, "cross.same-quantity", at(sh, S.summary, "八、社会保障和就业支出", "D")),
      ],
    },
    {
      id: "sh-sangong-limit",
      layout: "shanghai",
      what: "30231 公务用车运行维护费 60,000 → 80,000 (30299 −20,000 keeps 302): more than 三公 公务用车运行费 72,000",
      patches: [
        set(sh, S.basic, "30231", "C", 80_000),
        set(sh, S.basic, "30231", "E", 80_000),
        set(sh, S.basic, "30299", "C", 347_000),
        set(sh, S.basic, "30299", "E", 347_000),
      ],
      expected: [
        err(S.basic, "cross.sangong-limit", at(sh, S.basic, "30231", "C"), at(sh, S.basic, "30231", "E"), "F5"),
      ],
    },
    {
      id: "na-sum-total-tail",
      layout: "national",
      what: "30101 基本工资 120.00 → 120.01 万元 in 合计 and 人员经费: 301 off by 0.01, within (7+1) × 0.005",
      patches: [set(na, N.basic, "30101", "C", 120.01), set(na, N.basic, "30101", "D", 120.01)],
      expected: [
        warn(N.basic, "sum.total", at(na, N.basic, "301", "C")),
        warn(N.basic, "sum.total", at(na, N.basic, "301", "D")),
      ],
    },
    {
      id: "na-sangong-tail",
      layout: "national",
      what: "三公 合计 9.00 → 9.01 万元: a rounding tail within (3+1) × 0.005",
      patches: [{ sheet: N.sangong, cell: "A5", value: 9.01 }],
      expected: [warn(N.sangong, "sangong.sum", "A5")],
    },
    {
      id: "na-sum-row",
      layout: "national",
      what: "合计 of 行政运行 +0.10 and of 一般行政管理事务 −0.10 万元: column sums hold, both rows ≠ 基本 + 项目",
      patches: [set(na, N.expense, "行政运行", "E", 406.94), set(na, N.expense, "一般行政管理事务", "E", 120.43)],
      expected: [
        err(N.expense, "sum.row", at(na, N.expense, "行政运行", "E")),
        err(N.expense, "sum.row", at(na, N.expense, "一般行政管理事务", "E")),
      ],
    },
    {
      id: "na-not-leaf",
      layout: "national",
      what: "信息化建设 printed as 款 20106 财政事务 (项 cell blank): a 款 code on a detail row",
      patches: [set(na, N.expense, "信息化建设", "C", null), set(na, N.expense, "信息化建设", "D", "财政事务")],
      expected: [
        err(
          N.expense,
          "code.not-leaf",
          at(na, N.expense, "信息化建设", "A"),
          at(na, N.expense, "信息化建设", "C"),
          at(na, N.expense, "信息化建设", "D"),
        ),
      ],
    },
    {
      id: "na-fiscal-vs-general",
      layout: "national",
      what: "财政拨款收支总表 一般公共预算 column of 一般公共服务支出 775.37 → 775.47 and 卫生健康 19.86 → 19.76 (rows and totals kept): the class lines no longer match 一般公共预算支出表",
      patches: [
        set(na, N.fiscal, "（一）一般公共服务支出", "D", 775.47),
        set(na, N.fiscal, "（一）一般公共服务支出", "E", 775.47),
        set(na, N.fiscal, "（十）卫生健康支出", "D", 19.76),
        set(na, N.fiscal, "（十）卫生健康支出", "E", 19.76),
      ],
      expected: [
        err(
          N.fiscal,
          "cross.same-quantity",
          at(na, N.fiscal, "（一）一般公共服务支出", "E"),
          at(na, N.fiscal, "（一）一般公共服务支出", "D"),
        ),
        err(
          N.fiscal,
          "cross.same-quantity",
          at(na, N.fiscal, "（十）卫生健康支出", "E"),
          at(na, N.fiscal, "（十）卫生健康支出", "D"),
        ),
      ],
    },
    {
      id: "na-fund-source",
      layout: "national",
      what: "政府性基金 income 50.00 moved to 一般公共预算 in 收支总表 and 财政拨款收支总表 (totals kept) while 50.00 is still spent from 政府性基金: neither fund balances",
      patches: [
        set(na, N.summary, "一、一般公共预算拨款收入", "B", 965.9),
        set(na, N.summary, "二、政府性基金预算拨款收入", "B", 0),
        set(na, N.fiscal, "（一）一般公共预算拨款", "B", 965.9),
        set(na, N.fiscal, "（二）政府性基金预算拨款", "B", 0),
      ],
      expected: [err(N.fiscal, "cross.fund-source", "*"), err(N.fiscal, "cross.fund-source", "*")],
    },
  ];
}
