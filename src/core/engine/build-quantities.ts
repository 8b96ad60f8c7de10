/** Builds the quantity map (quantities.ts) from the recognised tables. */
import { type Dec, fromUnits, sumOf, sumUnits } from "../money";
import { addNarrativeQuantities } from "./build-narrative-quantities";
import type { Quantity, QuantityKey } from "./quantities";
import type { Amount, AmountRole, RecognisedTable, RecognisedWorkbook, Row, Side } from "./recognise/types";
import { KIND_CODE, rowFacts } from "./row-facts";
import { amountOf, labelLevel, rowLabelled, tableOf, totalRow } from "./tables";
import { type UnitColumns, unitColumns } from "./unit-columns";

interface Put {
  (key: QuantityKey, table: RecognisedTable, ...amounts: (Amount | undefined)[]): void;
  /** The same for a list of any length: spreading a long list into the call would overflow the stack. */
  list(key: QuantityKey, table: RecognisedTable, amounts: readonly (Amount | undefined)[]): void;
  /**
   * The sum of one role over rows (indices in table.rows) that all have it, given as its exact integer units (undefined when some row has
   * none or the sum leaves the safe integers): settled on the units, making no amount where they allow.
   */
  rows(key: QuantityKey, table: RecognisedTable, rows: Int32Array, role: AmountRole, units: number | undefined): void;
}

function putter(map: Map<QuantityKey, Quantity>): Put {
  const list = (key: QuantityKey, table: RecognisedTable, amounts: readonly (Amount | undefined)[]) => {
    const present = amounts.filter((a): a is Amount => a !== undefined);
    if (present.length === 0 || present.length !== amounts.length || map.has(key)) return;
    const first = present[0]!;
    const base = {
      decimals: table.decimals,
      sheet: table.sheet,
      cell: first.cell,
      unit: table.unit,
      table: table.kind,
    };
    map.set(
      key,
      present.length === 1
        ? { ...base, value: first.value }
        : { ...base, value: sumOfAmounts(present), computed: true, parts: present.map((a) => a.cell) },
    );
  };
  const rows = (key: QuantityKey, table: RecognisedTable, lines: Int32Array, role: AmountRole, sum?: number) => {
    const units = lines.length > 1 && !map.has(key) ? sum : undefined;
    const amountAt = (i: number) => table.rows[lines[i]!]!.amounts.get(role)!;
    if (units === undefined)
      return list(
        key,
        table,
        Array.from(lines, (_, i) => amountAt(i)),
      );
    map.set(key, new LinesQuantity(table, lines, role, amountAt(0).cell, fromUnits(units)));
  };
  return Object.assign(
    (key: QuantityKey, table: RecognisedTable, ...amounts: (Amount | undefined)[]) => list(key, table, amounts),
    { list, rows },
  );
}

/**
 * The quantity list() makes for many lines, its parts' cells listed only when a rule asks (a class may have
 * thousands of lines). A class, not an object literal with a getter: that literal's getter, a new closure on every
 * check that holds the table, was kept past the check by V8 until a full collection (measured: each check's
 * recognised workbook, 1.4 MB on the 20,000-item workbook, survived the scavenges after it; with the class, none).
 */
class LinesQuantity implements Quantity {
  readonly decimals: number;
  readonly sheet: string;
  readonly unit: RecognisedTable["unit"];
  readonly table: string;
  readonly computed = true;
  readonly #source: RecognisedTable;
  readonly #lines: Int32Array;
  readonly #role: AmountRole;
  #parts: readonly string[] | undefined;

  constructor(
    source: RecognisedTable,
    lines: Int32Array,
    role: AmountRole,
    readonly cell: string,
    readonly value: Dec,
  ) {
    [this.decimals, this.sheet, this.unit, this.table] = [source.decimals, source.sheet, source.unit, source.kind];
    [this.#source, this.#lines, this.#role] = [source, lines, role];
  }

  get parts(): readonly string[] {
    return (this.#parts ??= Array.from(this.#lines, (line) => this.#source.rows[line]!.amounts.get(this.#role)!.cell));
  }
}

/** Exact sum: in integer units while every amount has them (fast-amount.ts), else in decimals. */
function sumOfAmounts(amounts: readonly Amount[]): Dec {
  const units = sumUnits(amounts, unitsOfAmount);
  return units === undefined ? sumOf(amounts.map((x) => x.value)) : fromUnits(units);
}

function unitsOfAmount(amount: Amount): number | undefined {
  return amount.units;
}

/** 人员经费 and 公用经费 from a total row: one column, or the sum of its sub-columns. */
function breakdown(row: Row, role: "personnel" | "public"): (Amount | undefined)[] {
  const direct = row.amounts.get(role);
  if (direct) return [direct];
  const parts: AmountRole[] = role === "personnel" ? ["wages", "family"] : ["goods", "capital"];
  return parts.some((p) => row.amounts.has(p))
    ? parts.map((p) => row.amounts.get(p)).filter((a) => a !== undefined)
    : [undefined];
}

function lineTotals(put: Put, table: RecognisedTable | undefined, prefix: "expense" | "general" | "basic") {
  if (!table) return;
  const total = totalRow(table);
  if (!total) return;
  put(prefix === "expense" ? "expense-table.total" : `${prefix}.total`, table, total.amounts.get("total"));
  if (prefix !== "basic") {
    put(`${prefix}.basic`, table, total.amounts.get("basic"));
    put(`${prefix}.project`, table, total.amounts.get("project"));
  }
  put(`${prefix}.personnel`, table, ...breakdown(total, "personnel"));
  put(`${prefix}.public`, table, ...breakdown(total, "public"));
}

function summary(put: Put, table: RecognisedTable | undefined) {
  if (!table) return;
  const income = (p: RegExp) => amountOf(rowLabelled(table, "income", p));
  const expense = (p: RegExp) => amountOf(rowLabelled(table, "expense", p));
  put("income.total", table, income(/收入总计/) ?? income(/^合计|收入合计/));
  put("income.current", table, income(/本年收入合计|本年收入/) ?? withoutCarryover(table, "income"));
  put(
    "income.general",
    table,
    amountOf(
      table.rows.find((r) => r.side === "income" && labelLevel(r.label) !== "of-which" && /一般公共预算/.test(r.label)),
    ),
  );
  put("income.gov-fund", table, income(/政府性基金/));
  put("income.state-capital", table, income(/国有资本经营/));
  put("income.carryover", table, income(/上年结转/));
  put("expense.total", table, expense(/支出总计/) ?? expense(/^合计|支出合计/));
  put("expense.current", table, expense(/本年支出合计|本年支出/) ?? withoutCarryover(table, "expense"));
  put("expense.carryover", table, expense(/年终结转/));
  for (const row of table.rows) {
    if (row.side !== "expense" || labelLevel(row.label) !== "level1") continue;
    const code = row.classCode;
    if (code) put(`class.${code}`, table, amountOf(row));
  }
}

/**
 * The side's total where it prints neither a 本年 line nor a carry-over line (Shanghai: 收入总计 right under the
 * items): then the total is this year's.
 */
function withoutCarryover(table: RecognisedTable, side: Side): Amount | undefined {
  const rows = table.rows.filter((r) => r.side === side);
  if (rows.some((r) => /本年|结转|结余/.test(r.label))) return undefined;
  return amountOf(rows.find((r) => r.kind === "total"));
}

function fiscal(put: Put, table: RecognisedTable | undefined) {
  if (!table) return;
  const incomeRows = table.rows.filter((r) => r.side === "income");
  const current = incomeRows.findIndex((r) => /本年收入/.test(r.label));
  const carry = incomeRows.findIndex((r) => /上年结转/.test(r.label));
  const under = (start: number, pattern: RegExp) => {
    if (start < 0) return undefined;
    for (let i = start + 1; i < incomeRows.length; i++) {
      const row = incomeRows[i]!;
      if (labelLevel(row.label) === "level1" || row.kind === "total") return undefined;
      if (labelLevel(row.label) === "level2" && pattern.test(row.label)) return amountOf(row);
    }
    return undefined;
  };
  // Shanghai: the funds are the income side's own 一、二、三 lines and 收入总计 is this year's (no carry-over line).
  const plain = current < 0 && carry < 0;
  const line = (pattern: RegExp) =>
    amountOf(incomeRows.find((r) => r.kind !== "total" && labelLevel(r.label) === "level1" && pattern.test(r.label)));
  put("fiscal.income.current", table, plain ? withoutCarryover(table, "income") : amountOf(incomeRows[current]));
  put("fiscal.income.general", table, plain ? line(/一般公共预算/) : under(current, /一般公共预算/));
  put("fiscal.income.gov-fund", table, plain ? line(/政府性基金/) : under(current, /政府性基金/));
  put("fiscal.income.state-capital", table, plain ? line(/国有资本经营/) : under(current, /国有资本经营/));
  put("fiscal.income.carryover", table, amountOf(incomeRows[carry]));
  put("fiscal.income.total", table, amountOf(incomeRows.find((r) => r.kind === "total")));
  const spent =
    rowLabelled(table, "expense", /本年支出/) ??
    (withoutCarryover(table, "expense") ? totalRow(table, "expense") : undefined);
  if (spent) {
    put("fiscal.expense.current", table, spent.amounts.get("total"));
    put("fiscal.expense.general", table, spent.amounts.get("general"));
    put("fiscal.expense.gov-fund", table, spent.amounts.get("gov-fund"));
    put("fiscal.expense.state-capital", table, spent.amounts.get("state-capital"));
  }
  put(
    "fiscal.expense.total",
    table,
    table.rows.find((r) => r.side === "expense" && r.kind === "total")?.amounts.get("total"),
  );
}

// At module level, not a closure made per call: V8 deopted the class loops on each new closure ("wrong call target").
function isCodeRow(kinds: Uint8Array, codeIndex: Int32Array, i: number): boolean {
  return kinds[i] === KIND_CODE && codeIndex[i]! >= 0;
}

/** A table's class lines: per class (3-digit code) its rows, their 合计 in integer units and whether that sum is exact. */
interface ClassLines {
  readonly classes: readonly string[];
  readonly lines: readonly Int32Array[];
  readonly units: Float64Array;
  readonly exact: Uint8Array;
  /** The classes with lines, by class code. */
  readonly order: readonly number[];
}

function lineClasses(put: Put, table: RecognisedTable | undefined, prefix: "general.class" | "class") {
  if (!table) return;
  const found = classLines(table);
  if (!found) return;
  const { classes, lines, units, exact, order } = found;
  for (const k of order)
    put.rows(`${prefix}.${classes[k]!}`, table, lines[k]!, "total", exact[k] === 1 ? units[k] : undefined);
}

// Apart from lineClasses, which calls put: the code V8 compiles for these long loops in the first run is reused on
// later runs, and it deopted on each run's new put ("wrong call target").
function classLines(table: RecognisedTable): ClassLines | undefined {
  const { kinds, codeIndex, codes } = rowFacts(table);
  const hasParents = hasParentCodes(kinds, codeIndex, codes);
  // Each distinct code's class (its index in `classes`), or -1 for a code that is no class line: a table repeats a
  // few dozen codes over thousands of rows.
  const classes: string[] = [];
  const classOfCode = Int32Array.from(codes, (code) => {
    if (hasParents ? code.length !== 3 : code.length < 3) return -1;
    const cls = code.slice(0, 3);
    const k = classes.indexOf(cls);
    return k >= 0 ? k : classes.push(cls) - 1;
  });
  // The 合计 column read from the unit columns: a class may have thousands of lines.
  const columns = unitColumns(table);
  const totals = columns.units("total");
  if (totals === undefined) return undefined;
  const counts = new Int32Array(classes.length);
  const units = new Float64Array(classes.length);
  const exact = new Uint8Array(classes.length).fill(1);
  const rowClass = classRows(kinds, codeIndex, classOfCode, columns, totals, { counts, units, exact });
  const lines = linesByClass(rowClass, counts);
  // By class code (every key has 3 characters and they differ). A class whose codes have no row with a 合计 is left
  // out, as when the lists were made on the first such row.
  // A plain loop, not map().filter(): the code V8 compiled for map().filter() in the first run deopted here on every
  // later run ("wrong map").
  const order: number[] = [];
  for (let k = 0; k < classes.length; k++) if (counts[k]! > 0) order.push(k);
  order.sort((a, b) => (classes[a]! < classes[b]! ? -1 : classes[a]! > classes[b]! ? 1 : 0));
  return { classes, lines, units, exact, order };
}

// The long loops over a table's rows are each a function of their own below, ending in a plain return: V8 compiles
// such a loop while it runs the first time (OSR) and reuses that code on later runs, where code after the loop that
// had not yet run deopted it on every run ("insufficient type feedback", "wrong map").

/** Whether some code row has a code of under 7 digits (a table that prints its 类 and 款 lines). */
function hasParentCodes(kinds: Uint8Array, codeIndex: Int32Array, codes: readonly string[]): boolean {
  for (let i = 0; i < kinds.length; i++)
    if (isCodeRow(kinds, codeIndex, i) && codes[codeIndex[i]!]!.length < 7) return true;
  return false;
}

/**
 * Per row its class (-1: no class line), per class its count and its 合计 added up in row order (as sumUnits would,
 * exact while every line has units and the sum stays safe): typed lists, not an object written per row.
 */
function classRows(
  kinds: Uint8Array,
  codeIndex: Int32Array,
  classOfCode: Int32Array,
  columns: UnitColumns,
  totals: Float64Array,
  { counts, units, exact }: { counts: Int32Array; units: Float64Array; exact: Uint8Array },
): Int32Array {
  const rowClass = new Int32Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    let k = isCodeRow(kinds, codeIndex, i) ? classOfCode[codeIndex[i]!]! : -1;
    // A class line has a 合计 (NaN: one without units, or none).
    if (k >= 0 && totals[i] !== totals[i] && !columns.has("total", i)) k = -1;
    rowClass[i] = k;
    if (k < 0) continue;
    counts[k]!++;
    if (exact[k] === 1 && !Number.isSafeInteger((units[k]! += totals[i]!))) exact[k] = 0;
  }
  return rowClass;
}

/** Each class's lines listed into a typed list made at its size. */
function linesByClass(rowClass: Int32Array, counts: Int32Array): Int32Array[] {
  const lines = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  for (let i = 0; i < rowClass.length; i++) {
    const k = rowClass[i]!;
    if (k >= 0) lines[k]![filled[k]!++] = i;
  }
  return lines;
}

export function buildQuantities(workbook: RecognisedWorkbook): Map<QuantityKey, Quantity> {
  const map = new Map<QuantityKey, Quantity>();
  const put = putter(map);
  summary(put, tableOf(workbook, "income-expense-summary"));
  fiscal(put, tableOf(workbook, "fiscal-summary"));
  lineTotals(put, tableOf(workbook, "expense"), "expense");
  lineTotals(put, tableOf(workbook, "general-expense"), "general");
  lineTotals(put, tableOf(workbook, "basic-expense"), "basic");
  lineClasses(put, tableOf(workbook, "general-expense"), "general.class");
  // Without a 收支总表, class lines come from the 支出表's rows (the summary's own lines are taken first above).
  lineClasses(put, tableOf(workbook, "expense"), "class");
  const income = tableOf(workbook, "income");
  if (income) put("income-table.total", income, totalRow(income)?.amounts.get("total"));
  for (const [kind, key] of [
    ["gov-fund", "gov-fund.total"],
    ["state-capital", "state-capital.total"],
    ["project-expense", "project.total"],
  ] as const) {
    const table = tableOf(workbook, kind);
    if (table) put(key, table, totalRow(table)?.amounts.get("total"));
  }
  const sangong = tableOf(workbook, "sangong");
  const sangongRow = sangong?.rows[0];
  if (sangong && sangongRow) {
    for (const [role, key] of [
      ["total", "sangong.total"],
      ["abroad", "sangong.abroad"],
      ["car", "sangong.car"],
      ["car-purchase", "sangong.car-purchase"],
      ["car-running", "sangong.car-running"],
      ["reception", "sangong.reception"],
    ] as const)
      put(key, sangong, sangongRow.amounts.get(role));
  }
  const overall = tableOf(workbook, "performance-overall");
  if (overall) {
    const find = (role: AmountRole) => overall.rows.find((r) => r.amounts.has(role))?.amounts.get(role);
    put("performance.total", overall, find("total"));
    put("performance.basic", overall, find("basic"));
    put("performance.project", overall, find("project"));
  }
  const projects = tableOf(workbook, "performance-project");
  if (projects) {
    // Only a table with a unit or 合计 row is known to list every project (the Henan form); elsewhere the table
    // lists some projects and performance.exceeds-project judges the bound instead.
    const top = projects.rows.find((r) => r.kind === "unit" || r.kind === "total");
    if (top) put("performance.projects", projects, top.amounts.get("total"));
  }
  addNarrativeQuantities(workbook, map);
  return map;
}
