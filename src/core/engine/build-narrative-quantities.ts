/**
 * Quantities the narrative's totals name that the main map (build-quantities.ts) does not state: the 收入表's
 * columns by source (财政拨款收入, 事业收入 …), a fund table that says it is empty (0), the 财政拨款 spending as the
 * sum of the three fund tables, and the 机关运行经费 column. Each is put only when the tables say it plainly.
 */
import { Dec } from "../money";
import type { Quantity, QuantityKey } from "./quantities";
import type { AmountRole, RecognisedTable, RecognisedWorkbook } from "./recognise/types";
import { tableOf, totalRow } from "./tables";

/** A note saying the table is empty ("本表为空表", "无政府性基金预算财政拨款安排的预算"). */
const EMPTY_NOTE = /空表|无.{0,20}(预算|收支|支出|数据)/;

export function addNarrativeQuantities(workbook: RecognisedWorkbook, map: Map<QuantityKey, Quantity>): void {
  const put = (key: QuantityKey, quantity: Quantity | undefined) => {
    if (quantity && !map.has(key)) map.set(key, quantity);
  };
  const income = tableOf(workbook, "income");
  if (income) {
    const fiscalColumn = income.columns.find((c) => c.role === "general" && c.path.some((p) => p.includes("财政拨款")));
    if (fiscalColumn) put("income-table.fiscal", totalOf(income, "general"));
    put("income-table.business", totalOf(income, "business"));
    put("income-table.operating", totalOf(income, "operating"));
    put("income-table.other", totalOf(income, "other-income"));
    put("income-table.superior", totalOf(income, "superior"));
    put("income-table.subsidiary", totalOf(income, "subsidiary"));
  }
  put("gov-fund.empty", emptyZero(workbook, tableOf(workbook, "gov-fund")));
  put("state-capital.empty", emptyZero(workbook, tableOf(workbook, "state-capital")));
  put("fiscal-tables.expense", fiscalSpending(map));
  const sangong = tableOf(workbook, "sangong");
  const running = sangong?.rows.find((r) => r.amounts.has("office-running"))?.amounts.get("office-running");
  if (sangong && running) put("sangong.office-running", quantityAt(sangong, running.value, running.cell));
  if (sangong) {
    for (const [key, quantity] of carPartsOfNothing(workbook, sangong)) put(key, quantity);
  }
}

/**
 * 公务用车购置费 and 运行费 when the table's 小计 is 0 and its row prints no other number: both are 0 (a part of an
 * empty subtotal), even where their columns were not told apart. Any unread number on the row says nothing.
 */
function carPartsOfNothing(workbook: RecognisedWorkbook, sangong: RecognisedTable): [QuantityKey, Quantity][] {
  const row = sangong.rows.length === 1 ? sangong.rows[0] : undefined;
  const car = row?.amounts.get("car");
  if (!row || !car || !car.value.isZero()) return [];
  const read = new Set([...row.amounts.values()].map((a) => a.col));
  const cells = workbook.sheets.get(sangong.sheet)?.values[car.row] ?? [];
  const unread = cells.some((v, c) => !read.has(c) && c <= sangong.right && isNonZero(v));
  if (unread) return [];
  const zero = quantityAt(sangong, new Dec(0), car.cell, car.sheet);
  return (["sangong.car-purchase", "sangong.car-running"] as const)
    .filter((key) => !row.amounts.has(key === "sangong.car-purchase" ? "car-purchase" : "car-running"))
    .map((key) => [key, zero]);
}

function isNonZero(value: unknown): boolean {
  if (typeof value === "number") return value !== 0;
  return typeof value === "string" && /[1-9]/.test(value);
}

function totalOf(table: RecognisedTable, role: AmountRole): Quantity | undefined {
  const amount = totalRow(table)?.amounts.get(role);
  return amount && quantityAt(table, amount.value, amount.cell, amount.sheet);
}

/** 0 for a fund table with no amount in it that says it is empty; undefined for any other. */
function emptyZero(workbook: RecognisedWorkbook, table: RecognisedTable | undefined): Quantity | undefined {
  if (!table || !table.notes.some((n) => EMPTY_NOTE.test(n.text.replace(/\s/g, "")))) return undefined;
  if (table.rows.some((r) => [...r.amounts.values()].some((a) => !a.value.isZero()))) return undefined;
  // Nothing read is not proof of nothing printed: any non-zero number on the sheet's data rows says otherwise.
  const sheet = workbook.sheets.get(table.sheet);
  const rows = sheet?.values.slice(table.dataTop, table.bottom + 1) ?? [];
  if (rows.some((row) => row.some((v) => typeof v === "number" && v !== 0))) return undefined;
  return quantityAt(table, new Dec(0), `A${table.dataTop + 1}`);
}

/**
 * 财政拨款 spending = 一般公共预算 + 政府性基金 + 国有资本经营. Put only when the other two are 0, so the figure is the
 * 一般公共预算 total's cell (a sum over three sheets has no one cell to point at).
 */
function fiscalSpending(map: ReadonlyMap<QuantityKey, Quantity>): Quantity | undefined {
  const general = map.get("general.total");
  const govFund = map.get("gov-fund.total") ?? map.get("gov-fund.empty");
  const stateCapital = map.get("state-capital.total") ?? map.get("state-capital.empty");
  if (!general || !govFund || !stateCapital) return undefined;
  return govFund.value.isZero() && stateCapital.value.isZero() ? general : undefined;
}

function quantityAt(table: RecognisedTable, value: Dec, cell: string, sheet?: string): Quantity {
  return { value, decimals: table.decimals, sheet: sheet ?? table.sheet, cell, unit: table.unit, table: table.kind };
}
