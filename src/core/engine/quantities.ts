/**
 * Named quantities the tables state, for cross-table and narrative checks. The engine builds one map per workbook
 * from the recognised tables; rules read it instead of reaching into grids. Keys are a contract with the narrative
 * rules: add keys, never change what one means.
 */
import type { Dec } from "../money";

/** Keys with a fixed meaning. "class.<类 code>" keys (class.201 …) come on top, see `classKey`. */
export const QUANTITY_KEYS = [
  // 收支总表 (income side)
  "income.total", // 收入总计
  "income.current", // 本年收入合计
  "income.general", // 一般公共预算 (拨款) income
  "income.gov-fund", // 政府性基金预算拨款收入
  "income.state-capital", // 国有资本经营预算拨款收入
  "income.carryover", // 上年结转结余
  "income-table.total", // 收入表 合计 row, 合计 column
  "income-table.fiscal", // 收入表 合计 row, 财政拨款收入 column
  "income-table.business", // 收入表 合计 row, 事业收入 column
  "income-table.operating", // 收入表 合计 row, 事业单位经营收入 column
  "income-table.other", // 收入表 合计 row, 其他收入 column
  "income-table.superior", // 收入表 合计 row, 上级补助收入 column
  "income-table.subsidiary", // 收入表 合计 row, 附属单位上缴收入 column
  // 收支总表 / 支出表 (expense side)
  "expense.total", // 支出总计
  "expense.current", // 本年支出合计
  "expense.carryover", // 年终结转结余
  "expense-table.total", // 支出表 合计 row, 合计 column
  "expense.basic", // 基本支出 (支出表 合计 row)
  "expense.project", // 项目支出
  "expense.personnel", // 人员经费 (支出表: 工资福利 + 对个人和家庭的补助)
  "expense.public", // 公用经费 (支出表: 商品和服务 + 资本性)
  // 财政拨款收支总表
  "fiscal.income.total", // 财政拨款 收入总计
  "fiscal.income.current", // 本年收入
  "fiscal.income.general", // 一般公共预算拨款 (本年)
  "fiscal.income.gov-fund",
  "fiscal.income.state-capital",
  "fiscal.income.carryover", // 上年结转 heading
  "fiscal.expense.total", // 支出总计 / 支出合计
  "fiscal.expense.current", // 本年支出 合计 column
  "fiscal.expense.general", // 本年支出, 一般公共预算 column
  "fiscal.expense.gov-fund", // 本年支出, 政府性基金 column
  "fiscal.expense.state-capital", // 本年支出, 国有资本经营 column
  // 一般公共预算支出表
  "general.total",
  "general.basic",
  "general.project",
  "general.personnel",
  "general.public",
  // 一般公共预算基本支出表
  "basic.total",
  "basic.personnel",
  "basic.public",
  // other tables
  "gov-fund.total",
  "state-capital.total",
  "gov-fund.empty", // 0: the 政府性基金 table prints no amount and says it is empty
  "state-capital.empty", // 0: likewise the 国有资本经营 table
  "fiscal-tables.expense", // 财政拨款 spending: 一般公共预算 total when the other two fund tables state 0
  "project.total", // 项目支出表 Σ
  // 三公
  "sangong.total",
  "sangong.abroad",
  "sangong.car", // 公务用车购置及运行费
  "sangong.car-purchase",
  "sangong.car-running",
  "sangong.reception",
  "sangong.office-running", // 机关运行经费 column of the 三公 table
  // 绩效目标表
  "performance.total", // 整体绩效 部门预算总额
  "performance.basic",
  "performance.project",
  "performance.projects", // 项目绩效目标表 Σ 资金总额 (the unit row where printed)
] as const;

export type FixedQuantityKey = (typeof QUANTITY_KEYS)[number];
/** class.201 … class.234: a 类 line of 收支总表 (or, when it has none, the 类 sum of 支出表). */
export type ClassQuantityKey = `class.${string}`;
/** general.class.201 …: a 类 of the 一般公共预算支出表 (sum of its 项 rows). */
export type GeneralClassQuantityKey = `general.class.${string}`;
export type QuantityKey = FixedQuantityKey | ClassQuantityKey | GeneralClassQuantityKey;

export function classKey(classCode: string): ClassQuantityKey {
  return `class.${classCode}`;
}

/** Where a quantity is printed and what it shows. `value` is the displayed value (domain.md "Rounding"). */
export interface Quantity {
  readonly value: Dec;
  /** Decimals the cell displays (2 for 万元 tables, 0 for whole 元). */
  readonly decimals: number;
  readonly sheet: string;
  readonly cell: string;
  readonly unit: "万元" | "元";
  /** Table kind id ("income-expense-summary", …). */
  readonly table: string;
  /** For a quantity no single cell prints (人员经费 = 工资福利 + 对个人和家庭的补助; a 类 summed from its 项 rows): true,
   * with `cell` the first of `parts`. */
  readonly computed?: boolean;
  readonly parts?: readonly string[];
}

export type QuantityMap = ReadonlyMap<QuantityKey, Quantity>;
