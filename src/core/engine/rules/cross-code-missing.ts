/**
 * A 项 listed in one classified table and missing from another that must list it: 收入总表 ↔ 支出总表 both ways; every
 * 项 of the 一般公共预算, 政府性基金 and 国有资本经营 tables in the 支出总表; and a 支出总表 项 in the 一般公共预算支出表
 * only where it has money from that fund (a 项 paid only from other funds is rightly absent there). Where the
 * workbook does not show which fund pays a 项, nothing is said. One error, at the row that has the 项.
 *
 * A broken code (malformed, a 款 or 类 on a detail row, unknown to the catalog) is the code rules' to report: where
 * the lacking table has one in the same 类, or the 项 itself is unknown, the 项 may be that very row under a broken
 * code, so nothing more is said.
 */
import type { Catalog } from "../../catalog/types";
import type { FindingOf } from "../../findings/finding";
import { lookupCode } from "../code-lookup";
import { isHierarchical } from "../hierarchy";
import { CODE_MALFORMED, KIND_CODE, rowFacts } from "../row-facts";
import type { RecognisedTable, Row } from "../recognise/types";
import type { RuleOf } from "../rule";
import { tableOf } from "../tables";

/** The 项 rows (7-digit functional codes) of a table, by code; the first row of a code wins. */
function itemRows(table: RecognisedTable | undefined): Map<string, Row> {
  const items = new Map<string, Row>();
  if (!table) return items;
  // Read from the row facts: each distinct code is tested once, and only a code's first row is looked at.
  const { kinds, flags, codeIndex, codes } = rowFacts(table);
  const isItem = codes.map((code) => /^\d{7}$/.test(code));
  for (let i = 0; i < kinds.length; i++) {
    const c = codeIndex[i]!;
    if (kinds[i] !== KIND_CODE || c < 0 || (flags[i]! & CODE_MALFORMED) !== 0 || !isItem[c]!) continue;
    if (!items.has(codes[c]!)) items.set(codes[c]!, table.rows[i]!);
  }
  return items;
}

/** 类 (first three digits) of the rows whose code is broken: malformed, a parent code with no 项 under it, unknown. */
function brokenClasses(table: RecognisedTable | undefined, catalog: Catalog): Set<string> {
  const broken = new Set<string>();
  if (!table) return broken;
  const { kinds, flags, codeIndex, codes } = rowFacts(table);
  const hierarchical = isHierarchical(table);
  // The codes of the table's code rows, and every proper prefix ("" too) of the 7-character ones: a 类/款 code with
  // a 项 under it is one of those.
  const onCodeRows = new Set<number>();
  for (let i = 0; i < kinds.length; i++)
    if (kinds[i] === KIND_CODE && codeIndex[i]! >= 0) onCodeRows.add(codeIndex[i]!);
  const withItems = new Set<string>();
  for (const c of onCodeRows) {
    const code = codes[c]!;
    if (code.length === 7) for (let length = 0; length < 7; length++) withItems.add(code.slice(0, length));
  }
  // Judged once per distinct code (a large table repeats a few dozen codes over thousands of rows): broken
  // whatever the row says, or only where that row's code is malformed.
  const brokenCode = codes.map((code, c) => {
    if (!onCodeRows.has(c)) return false;
    // A 类/款 code is a subtotal in a table listing every level (Shanghai), a misplaced detail row elsewhere.
    const parentWithoutItems = code.length < 7 && (!hierarchical || !withItems.has(code));
    return parentWithoutItems || lookupCode(catalog, code).status === "unknown";
  });
  for (let i = 0; i < kinds.length; i++) {
    const c = codeIndex[i]!;
    if (kinds[i] !== KIND_CODE || c < 0) continue;
    if ((flags[i]! & CODE_MALFORMED) !== 0 || brokenCode[c]!) broken.add(codes[c]!.slice(0, 3));
  }
  return broken;
}

type FundVerdict = "general" | "not-general" | "unknown";

/**
 * Whether a 项 has 一般公共预算 money, from the 收入总表: a column headed 一般公共预算 says it directly; a single
 * 财政拨款收入 column (Shanghai) says it when neither the 政府性基金 nor the 国有资本经营 table lists the 项.
 */
function fundOf(
  code: string,
  income: RecognisedTable | undefined,
  incomeItems: ReadonlyMap<string, Row>,
  otherFunds: ReadonlySet<string>,
): FundVerdict {
  const column = income?.columns.find((c) => c.role === "general");
  const row = incomeItems.get(code);
  if (!column || !row) return "unknown";
  const amount = row.amounts.get("general");
  if (!amount) return "unknown";
  const direct = column.path.some((p) => /一般公共预算/.test(p));
  const fiscal = column.path.some((p) => /财政拨款/.test(p));
  if (!direct && !(fiscal && !otherFunds.has(code))) return "unknown";
  return amount.value.isZero() ? "not-general" : "general";
}

/** True when the 收入总表 row shows money in this fund's own column. */
function fundMoney(row: Row | undefined, role: "gov-fund" | "state-capital"): boolean {
  const amount = row?.amounts.get(role);
  return amount !== undefined && !amount.value.isZero();
}

function missing(has: RecognisedTable, row: Row, lacks: RecognisedTable): FindingOf<"cross.code-missing"> {
  return {
    rule: "cross.code-missing",
    severity: "error",
    sheet: has.sheet,
    cell: row.code!.cell,
    table: has.kind,
    refs: [{ sheet: lacks.sheet, cell: "A1" }],
    params: { code: row.code!.code, name: row.label, otherSheet: lacks.sheet, otherTable: lacks.kind },
  };
}

export const crossCodeMissing: RuleOf<"cross.code-missing"> = {
  id: "cross.code-missing",
  check(ctx) {
    const findings: FindingOf<"cross.code-missing">[] = [];
    const wb = ctx.workbook;
    const brokenIn = new Map<RecognisedTable, Set<string>>();
    /** Says a 项 of `has` is missing from `lacks`, unless a broken code may stand for it (see above). */
    const report = (has: RecognisedTable, row: Row, lacks: RecognisedTable) => {
      const code = row.code!.code;
      let broken = brokenIn.get(lacks);
      if (!broken) brokenIn.set(lacks, (broken = brokenClasses(lacks, ctx.catalog)));
      if (broken.has(code.slice(0, 3)) || lookupCode(ctx.catalog, code).status === "unknown") return;
      findings.push(missing(has, row, lacks));
    };
    const income = tableOf(wb, "income");
    const expense = tableOf(wb, "expense");
    const general = tableOf(wb, "general-expense");
    // Each table's 项 are listed only when a comparison needs them (a workbook with the 支出总表 alone needs none).
    const itemsOf = new Map<RecognisedTable | undefined, Map<string, Row>>();
    const items = (table: RecognisedTable | undefined) => {
      let found = itemsOf.get(table);
      if (!found) itemsOf.set(table, (found = itemRows(table)));
      return found;
    };
    const otherFunds = new Set<string>();
    for (const kind of ["gov-fund", "state-capital"] as const) {
      const table = tableOf(wb, kind);
      const own = items(table);
      for (const code of own.keys()) otherFunds.add(code);
      if (table && expense && items(expense).size > 0)
        for (const [code, row] of own) if (!items(expense).has(code)) report(table, row, expense);
      // A 项 the 收入总表 funds from this fund (its own column) belongs in this fund's table.
      if (table && expense && own.size > 0)
        for (const [code, row] of items(expense))
          if (!own.has(code) && fundMoney(items(income).get(code), kind)) report(expense, row, table);
    }
    // A table that lists no 项 at all (not read, or laid out by 类 only) is never said to lack one.
    if (income && expense && items(income).size > 0 && items(expense).size > 0) {
      for (const [code, row] of items(income)) if (!items(expense).has(code)) report(income, row, expense);
      for (const [code, row] of items(expense)) if (!items(income).has(code)) report(expense, row, income);
    }
    if (general && expense && items(general).size > 0 && items(expense).size > 0) {
      for (const [code, row] of items(general)) if (!items(expense).has(code)) report(general, row, expense);
      for (const [code, row] of items(expense))
        if (!items(general).has(code) && fundOf(code, income, items(income), otherFunds) === "general")
          report(expense, row, general);
    }
    return findings;
  },
};
