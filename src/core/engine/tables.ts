/** Finding tables and rows in a recognised workbook, independent of sheet order. */
import { oncePer } from "./once-per";
import { labelLevel } from "./text";
import type { Amount, AmountRole, RecognisedTable, RecognisedWorkbook, Row, Side } from "./recognise/types";

function bySheetName(a: RecognisedTable, b: RecognisedTable): number {
  return a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0;
}

/** The workbook's tables by kind, each kind's in sheet-name order. */
const tablesByKind = oncePer((workbook: RecognisedWorkbook): ReadonlyMap<string, readonly RecognisedTable[]> => {
  const groups = new Map<string, RecognisedTable[]>();
  for (const t of [...workbook.tables].sort(bySheetName)) {
    const list = groups.get(t.kind) ?? [];
    list.push(t);
    groups.set(t.kind, list);
  }
  return groups;
});

/** The tables of a kind, sheet-name order (never workbook order); grouped once per workbook. */
export function tablesOf(workbook: RecognisedWorkbook, kind: RecognisedTable["kind"]): readonly RecognisedTable[] {
  return tablesByKind(workbook).get(kind) ?? [];
}

/** The main table of a kind (not a 续表), if any. */
export function tableOf(workbook: RecognisedWorkbook, kind: RecognisedTable["kind"]): RecognisedTable | undefined {
  const all = tablesOf(workbook, kind);
  return all.find((t) => !t.continued) ?? all[0];
}

export function totalRow(table: RecognisedTable, side?: Side): Row | undefined {
  return table.rows.find((r) => r.kind === "total" && r.side === side);
}

export function sideRows(table: RecognisedTable, side: Side): Row[] {
  return table.rows.filter((r) => r.side === side);
}

/** The first row on a side whose label matches. */
export function rowLabelled(table: RecognisedTable, side: Side | undefined, pattern: RegExp): Row | undefined {
  return table.rows.find((r) => r.side === side && pattern.test(r.label));
}

/** The one amount a summary-table side prints per row ("金额") or the named column. */
export function amountOf(row: Row | undefined, role: AmountRole = "amount"): Amount | undefined {
  if (!row) return undefined;
  return row.amounts.get(role) ?? (role === "amount" ? row.amounts.get("total") : undefined);
}

export { labelLevel };
