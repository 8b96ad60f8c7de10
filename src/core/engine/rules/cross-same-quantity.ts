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
  /** The quantity compared: the message files name it. */
  readonly pair: SameQuantityPair;
  /** Only when all income is fiscal money (then the 财政拨款 table covers the whole budget). */
  readonly fiscalOnly?: boolean;
  /** Only when all money (carry-over included) is 一般公共预算 (then the 一般公共预算支出表 is the whole 支出表). */
  readonly generalOnly?: boolean;
}

const PAIRS: readonly Pair[] = [
  { shown: "expense.current", source: "expense-table.total", pair: "current-year-expenditure" },
  { shown: "income.current", source: "income-table.total", pair: "current-year-income" },
  { shown: "income.general", source: "fiscal.income.general", pair: "general-budget-income" },
  { shown: "income.gov-fund", source: "fiscal.income.gov-fund", pair: "government-fund-income" },
  { shown: "income.state-capital", source: "fiscal.income.state-capital", pair: "state-capital-income" },
  { shown: "fiscal.expense.general", source: "general.total", pair: "general-budget-expenditure" },
  { shown: "fiscal.expense.gov-fund", source: "gov-fund.total", pair: "government-fund-expenditure" },
  { shown: "fiscal.expense.state-capital", source: "state-capital.total", pair: "state-capital-expenditure" },
  { shown: "general.basic", source: "basic.total", pair: "general-budget-basic-expenditure" },
  { shown: "general.personnel", source: "basic.personnel", pair: "general-budget-personnel-costs" },
  { shown: "general.public", source: "basic.public", pair: "general-budget-public-costs" },
  { shown: "expense.project", source: "project.total", pair: "project-expenditure" },
  { shown: "expense.project", source: "performance.projects", pair: "project-expenditure" },
  { shown: "performance.total", source: "expense-table.total", pair: "performance-budget-total" },
  { shown: "performance.basic", source: "expense.basic", pair: "performance-basic-expenditure" },
  { shown: "performance.project", source: "expense.project", pair: "performance-project-expenditure" },
  {
    shown: "fiscal.expense.current",
    source: "expense.current",
    pair: "fiscal-current-year-expenditure",
    fiscalOnly: true,
  },
  {
    shown: "fiscal.income.total",
    source: "income.total",
    pair: "fiscal-income-total",
    fiscalOnly: true,
  },
  {
    shown: "expense-table.total",
    source: "general.total",
    pair: "expenditure-table-total",
    generalOnly: true,
  },
  {
    shown: "expense.basic",
    source: "general.basic",
    pair: "expenditure-table-basic",
    generalOnly: true,
  },
  {
    shown: "expense.project",
    source: "general.project",
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
