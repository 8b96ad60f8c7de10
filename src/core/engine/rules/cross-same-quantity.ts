/**
 * Check 7: the same quantity stated in two tables agrees. Each pair names the more aggregated table first (the cell
 * reported) and the detail table second (the expected value).
 */
import type { FindingOf } from "../../findings/finding";
import type { SameQuantityPair } from "../../findings/rule-params";
import { judgeSame, type Side } from "../judge";
import type { FixedQuantityKey, Quantity } from "../quantities";
import { ruleOf, type RuleContext, type RulePart } from "../rule";
import { crossClassLines } from "./cross-class-lines";

interface Pair {
  readonly shown: FixedQuantityKey;
  readonly source: FixedQuantityKey;
  readonly label: string;
  readonly pair: SameQuantityPair;
  /** Only when all income is fiscal money (then the 财政拨款 table covers the whole budget). */
  readonly fiscalOnly?: boolean;
  /** Only when all money (carry-over included) is 一般公共预算 (then the 一般公共预算支出表 is the whole 支出表). */
  readonly generalOnly?: boolean;
}

const PAIRS: readonly Pair[] = [
  {
    shown: "expense.current",
    source: "expense-table.total",
    label: "本年支出合计",
    pair: "current-year-expenditure",
  },
  { shown: "income.current", source: "income-table.total", label: "本年收入合计", pair: "current-year-income" },
  {
    shown: "income.general",
    source: "fiscal.income.general",
    label: "一般公共预算收入",
    pair: "general-budget-income",
  },
  {
    shown: "income.gov-fund",
    source: "fiscal.income.gov-fund",
    label: "政府性基金预算收入",
    pair: "government-fund-income",
  },
  {
    shown: "income.state-capital",
    source: "fiscal.income.state-capital",
    label: "国有资本经营预算收入",
    pair: "state-capital-income",
  },
  {
    shown: "fiscal.expense.general",
    source: "general.total",
    label: "财政拨款一般公共预算支出",
    pair: "general-budget-expenditure",
  },
  {
    shown: "fiscal.expense.gov-fund",
    source: "gov-fund.total",
    label: "财政拨款政府性基金支出",
    pair: "government-fund-expenditure",
  },
  {
    shown: "fiscal.expense.state-capital",
    source: "state-capital.total",
    label: "财政拨款国有资本经营预算支出",
    pair: "state-capital-expenditure",
  },
  {
    shown: "general.basic",
    source: "basic.total",
    label: "一般公共预算基本支出",
    pair: "general-budget-basic-expenditure",
  },
  {
    shown: "general.personnel",
    source: "basic.personnel",
    label: "一般公共预算人员经费",
    pair: "general-budget-personnel-costs",
  },
  {
    shown: "general.public",
    source: "basic.public",
    label: "一般公共预算公用经费",
    pair: "general-budget-public-costs",
  },
  { shown: "expense.project", source: "project.total", label: "项目支出", pair: "project-expenditure" },
  { shown: "expense.project", source: "performance.projects", label: "项目支出", pair: "project-expenditure" },
  {
    shown: "performance.total",
    source: "expense-table.total",
    label: "整体绩效目标表预算总额",
    pair: "performance-budget-total",
  },
  {
    shown: "performance.basic",
    source: "expense.basic",
    label: "整体绩效目标表基本支出",
    pair: "performance-basic-expenditure",
  },
  {
    shown: "performance.project",
    source: "expense.project",
    label: "整体绩效目标表项目支出",
    pair: "performance-project-expenditure",
  },
  {
    shown: "fiscal.expense.current",
    source: "expense.current",
    label: "财政拨款本年支出",
    pair: "fiscal-current-year-expenditure",
    fiscalOnly: true,
  },
  {
    shown: "fiscal.income.total",
    source: "income.total",
    label: "财政拨款收入合计",
    pair: "fiscal-income-total",
    fiscalOnly: true,
  },
  {
    shown: "expense-table.total",
    source: "general.total",
    label: "支出表合计",
    pair: "expenditure-table-total",
    generalOnly: true,
  },
  {
    shown: "expense.basic",
    source: "general.basic",
    label: "支出表基本支出",
    pair: "expenditure-table-basic",
    generalOnly: true,
  },
  {
    shown: "expense.project",
    source: "general.project",
    label: "支出表项目支出",
    pair: "expenditure-table-projects",
    generalOnly: true,
  },
];

export function sideOf(q: Quantity): Side {
  return { value: q.value, decimals: q.decimals, unit: q.unit, sheet: q.sheet, cell: q.cell, table: q.table };
}

/** All current income is 一般公共预算 + 政府性基金 + 国有资本经营 (no 事业收入 etc.). */
function fiscalOnly(ctx: RuleContext): boolean {
  const q = ctx.quantities;
  const current = q.get("income.current");
  if (!current) return false;
  let fiscal = current.value.minus(current.value);
  for (const key of ["income.general", "income.gov-fund", "income.state-capital"] as const) {
    const v = q.get(key);
    if (v) fiscal = fiscal.plus(v.value);
  }
  return fiscal.equals(current.value);
}

/**
 * Every yuan of the budget is 一般公共预算: 收入总计 = its 一般公共预算 line, and no table spends other fund money
 * (otherwise the 支出表 rightly holds more than the 一般公共预算支出表).
 */
function generalOnly(ctx: RuleContext): boolean {
  const q = ctx.quantities;
  const total = q.get("income.total");
  const general = q.get("income.general");
  if (!total || !general || !total.value.equals(general.value)) return false;
  const otherFunds = [
    "fiscal.expense.gov-fund",
    "fiscal.expense.state-capital",
    "gov-fund.total",
    "state-capital.total",
  ] as const;
  return otherFunds.every((key) => q.get(key)?.value.isZero() ?? true);
}

const quantityPairs: RulePart<"cross.same-quantity"> = {
  check(ctx) {
    const findings: FindingOf<"cross.same-quantity">[] = [];
    const onlyFiscal = fiscalOnly(ctx);
    const onlyGeneral = generalOnly(ctx);
    for (const pair of PAIRS) {
      if (pair.fiscalOnly && !onlyFiscal) continue;
      if (pair.generalOnly && !onlyGeneral) continue;
      const shown = ctx.quantities.get(pair.shown);
      const source = ctx.quantities.get(pair.source);
      if (!shown || !source || shown.sheet === source.sheet) continue;
      const f = judgeSame(ctx, "cross.same-quantity", sideOf(shown), sideOf(source), {
        label: pair.label,
        pair: pair.pair,
        otherSheet: source.sheet,
        otherCell: source.cell,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};

/** One id for the same quantity in two tables: the fixed pairs, and the summaries' class lines against the detail. */
export const crossSameQuantity = ruleOf("cross.same-quantity", [quantityPairs, crossClassLines]);
