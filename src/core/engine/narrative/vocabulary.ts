/**
 * The words that name table quantities in a 情况说明, as data: fund scopes, items and the quantity keys each
 * (scope, item) pair means. The reader never special-cases a phrase; a new wording is a new row here.
 */
import type { FixedQuantityKey } from "../quantities";
import type { Scope, Topic } from "./types";

export interface ScopeTerm {
  readonly scope: Scope;
  readonly words: readonly string[];
}

/** 财政拨款 is the weakest: in "一般公共预算财政拨款" the fund is 一般公共预算. */
export const SCOPE_TERMS: readonly ScopeTerm[] = [
  { scope: "general", words: ["一般公共预算"] },
  { scope: "gov-fund", words: ["政府性基金"] },
  { scope: "state-capital", words: ["国有资本经营预算", "国有资本经营"] },
  { scope: "special", words: ["财政专户管理", "财政专户", "专户管理", "专户"] },
  { scope: "fiscal", words: ["财政拨款"] },
];

export interface TopicTerm {
  readonly topic: Topic;
  readonly words: readonly string[];
}

export const TOPIC_TERMS: readonly TopicTerm[] = [
  { topic: "sangong", words: ["三公", "公务用车", "公务车", "因公出国", "公务接待"] },
  { topic: "procurement", words: ["政府采购"] },
];

/**
 * strong — names one quantity by itself (基本支出, 公务接待费);
 * weak — names a side (收入, 支出, 收支) the fund scope completes;
 * neutral — "预算", "年初预算": the heading says which quantity.
 */
export type Strength = "strong" | "weak" | "neutral";

type Groups = readonly (readonly FixedQuantityKey[])[];

export interface ItemTerm {
  readonly id: string;
  readonly words: readonly string[];
  readonly strength: Strength;
  /** Only inside a paragraph about this topic (heading or earlier words). */
  readonly requires?: Topic;
  /** Keys per scope; a scope not listed has no table quantity, unless `anyScope` (三公 is 三公 in any fund). */
  readonly keys: Partial<Record<Scope, Groups>>;
  readonly anyScope?: boolean;
}

/** 财政拨款收入/支出 alone is this year's appropriation; 收入总计 adds the carry-over. */
const INCOME_SIDE: Partial<Record<Scope, Groups>> = {
  none: [["income.total", "income-table.total"]],
  general: [["fiscal.income.general", "income.general"]],
  "gov-fund": [["fiscal.income.gov-fund", "income.gov-fund"]],
  "state-capital": [["fiscal.income.state-capital", "income.state-capital"]],
  fiscal: [["fiscal.income.current", "fiscal.income.total", "income-table.fiscal"]],
};

const EXPENSE_SIDE: Partial<Record<Scope, Groups>> = {
  none: [["expense.total", "expense-table.total"]],
  general: [["general.total", "fiscal.expense.general"]],
  "gov-fund": [["gov-fund.total", "fiscal.expense.gov-fund", "gov-fund.empty"]],
  "state-capital": [["state-capital.total", "fiscal.expense.state-capital", "state-capital.empty"]],
  fiscal: [["fiscal.expense.current", "fiscal.expense.total", "fiscal-tables.expense"]],
};

/** 收支: both sides must agree with the figure. In the 财政拨款 table first: that is where both sides are printed. */
const BOTH_SIDES: Partial<Record<Scope, Groups>> = {
  none: [
    ["income.total", "income-table.total"],
    ["expense.total", "expense-table.total"],
  ],
  general: [
    ["fiscal.income.general", "income.general"],
    ["fiscal.expense.general", "general.total"],
  ],
  "gov-fund": [
    ["fiscal.income.gov-fund", "income.gov-fund"],
    ["gov-fund.total", "fiscal.expense.gov-fund"],
  ],
  "state-capital": [
    ["fiscal.income.state-capital", "income.state-capital"],
    ["state-capital.total", "fiscal.expense.state-capital"],
  ],
  fiscal: [["fiscal.income.total"], ["fiscal.expense.total"]],
};

export const ITEM_TERMS: readonly ItemTerm[] = [
  // 收入总计 and the 收入预算表's 收入合计 both include 上年结转 (the 收入预算表 合计 column does).
  {
    id: "income-total",
    words: ["收入总计", "收入合计"],
    strength: "strong",
    keys: { none: [["income.total", "income-table.total"]], fiscal: [["fiscal.income.total"]] },
  },
  {
    id: "expense-total",
    words: ["支出总计", "支出合计"],
    strength: "strong",
    keys: { none: [["expense.total", "expense-table.total"]], fiscal: [["fiscal.expense.total"]] },
  },
  {
    id: "income-current",
    words: ["本年收入合计", "本年收入"],
    strength: "strong",
    keys: { none: [["income.current"]], fiscal: [["fiscal.income.current"]] },
  },
  {
    id: "expense-current",
    words: ["本年支出合计", "本年支出"],
    strength: "strong",
    keys: { none: [["expense.current"]], fiscal: [["fiscal.expense.current"]] },
  },
  {
    id: "income-carryover",
    words: ["上年结转结余", "上年结转"],
    strength: "strong",
    keys: { none: [["income.carryover"]], fiscal: [["fiscal.income.carryover"]] },
  },
  { id: "expense-carryover", words: ["年终结转结余"], strength: "strong", keys: { none: [["expense.carryover"]] } },
  // Income by source: never the 收入总计 the weak word 收入 would name.
  { id: "business-income", words: ["事业收入"], strength: "strong", keys: { none: [["income-table.business"]] } },
  {
    id: "operating-income",
    words: ["事业单位经营收入", "经营收入"],
    strength: "strong",
    keys: { none: [["income-table.operating"]] },
  },
  { id: "other-income", words: ["其他收入"], strength: "strong", keys: { none: [["income-table.other"]] } },
  {
    id: "superior-income",
    words: ["上级补助收入"],
    strength: "strong",
    keys: { none: [["income-table.superior"]] },
  },
  {
    id: "subsidiary-income",
    words: ["附属单位上缴收入"],
    strength: "strong",
    keys: { none: [["income-table.subsidiary"]] },
  },
  {
    id: "basic",
    words: ["基本支出"],
    strength: "strong",
    keys: { none: [["expense.basic"]], general: [["general.basic", "basic.total"]] },
  },
  {
    id: "project",
    words: ["项目支出"],
    strength: "strong",
    keys: { none: [["expense.project"]], general: [["general.project"]] },
  },
  {
    id: "personnel",
    words: ["人员经费"],
    strength: "strong",
    keys: { none: [["expense.personnel", "basic.personnel"]], general: [["basic.personnel", "general.personnel"]] },
  },
  {
    id: "public",
    words: ["公用经费"],
    strength: "strong",
    keys: { none: [["expense.public", "basic.public"]], general: [["basic.public", "general.public"]] },
  },
  // 机关运行经费: the 公用经费 of the 一般公共预算 基本支出 (财政部's definition printed under these tables).
  {
    id: "operating",
    words: ["机构运转经费", "机关运行经费", "机构运行经费", "运转经费", "运行经费"],
    strength: "strong",
    keys: { none: [["sangong.office-running", "basic.public", "general.public", "expense.public"]] },
    anyScope: true,
  },
  {
    id: "sangong-total",
    words: ["三公经费", "三公"],
    strength: "strong",
    keys: { none: [["sangong.total"]] },
    anyScope: true,
  },
  {
    id: "sangong-abroad",
    words: ["因公出国(境)费", "因公出国(境)", "因公出国费", "出国(境)费"],
    strength: "strong",
    keys: { none: [["sangong.abroad"]] },
    anyScope: true,
  },
  {
    id: "sangong-car",
    words: [
      "公务用车购置及运行维护费",
      "公务用车购置及运行费",
      "公务用车购置和运行费",
      "公务车购置及运行费",
      "公务车购置及运行维护费",
    ],
    strength: "strong",
    keys: { none: [["sangong.car"]] },
    anyScope: true,
  },
  {
    id: "sangong-car-purchase",
    words: ["公务用车购置费", "公务车购置费", "车辆购置费"],
    strength: "strong",
    keys: { none: [["sangong.car-purchase"]] },
    anyScope: true,
  },
  {
    id: "sangong-car-purchase",
    words: ["购置费"],
    strength: "strong",
    requires: "sangong",
    keys: { none: [["sangong.car-purchase"]] },
    anyScope: true,
  },
  {
    id: "sangong-car-running",
    words: ["公务用车运行维护费", "公务用车运行费", "公务车运行维护费", "公务车运行费"],
    strength: "strong",
    keys: { none: [["sangong.car-running"]] },
    anyScope: true,
  },
  {
    id: "sangong-car-running",
    words: ["运行维护费", "运行费"],
    strength: "strong",
    requires: "sangong",
    keys: { none: [["sangong.car-running"]] },
    anyScope: true,
  },
  {
    id: "sangong-reception",
    words: ["公务接待费", "接待费"],
    strength: "strong",
    keys: { none: [["sangong.reception"]] },
    anyScope: true,
  },
  // 政府采购 has no table among the disclosure tables: its figures are checked against each other only.
  { id: "procurement-total", words: ["政府采购"], strength: "strong", keys: {}, anyScope: true },
  { id: "procurement-goods", words: ["货物"], strength: "strong", requires: "procurement", keys: {}, anyScope: true },
  { id: "procurement-works", words: ["工程"], strength: "strong", requires: "procurement", keys: {}, anyScope: true },
  {
    id: "procurement-services",
    words: ["服务"],
    strength: "strong",
    requires: "procurement",
    keys: {},
    anyScope: true,
  },
  { id: "both", words: ["收入支出", "收支预算", "收支"], strength: "weak", keys: BOTH_SIDES },
  { id: "income", words: ["收入"], strength: "weak", keys: INCOME_SIDE },
  { id: "expense", words: ["支出"], strength: "weak", keys: EXPENSE_SIDE },
  { id: "budget", words: ["年初预算", "预算数", "预算安排", "预算"], strength: "neutral", keys: {} },
];

/** The item a bare fund name or a neutral word means when the heading names none: the expense side. */
export const DEFAULT_ITEM = "expense";

/** The words of "…(类)支出" around a class name: "(类)" marker and "支出". */
export const CLASS_MARKER = "(类)";
