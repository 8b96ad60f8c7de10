/** Rows that carry a classification code (functional or economic), with the name printed beside it. */
import type { RecognisedTable, RecognisedWorkbook, Row, RowCode } from "./recognise/types";

export interface ClassifiedRow {
  readonly table: RecognisedTable;
  readonly row: Row;
  readonly code: RowCode;
  readonly name: string;
  readonly nameCell?: string;
  /** True for the 政府预算支出经济分类 code of a basic-expense row. */
  readonly government: boolean;
}

const CODE_TABLES = new Set([
  "income",
  "expense",
  "general-expense",
  "basic-expense",
  "econ-summary",
  "gov-fund",
  "state-capital",
  "project-expense",
]);

/**
 * A row's own code with the name printed beside it. The name's cell is the row's label cell, asked for only when a
 * finding points at it (a line table makes that address on demand).
 */
class CodeRow implements ClassifiedRow {
  readonly name: string;
  readonly government = false;

  constructor(
    readonly table: RecognisedTable,
    readonly row: Row,
    readonly code: RowCode,
  ) {
    this.name = row.label;
  }

  get nameCell(): string | undefined {
    return this.row.labelCell;
  }
}

const computed = new WeakMap<RecognisedWorkbook, readonly ClassifiedRow[]>();

/** Computed once per workbook: several code rules walk the same rows. */
export function classifiedRows(workbook: RecognisedWorkbook): readonly ClassifiedRow[] {
  let rows = computed.get(workbook);
  if (!rows) {
    rows = collect(workbook);
    computed.set(workbook, rows);
  }
  return rows;
}

function collect(workbook: RecognisedWorkbook): ClassifiedRow[] {
  const out: ClassifiedRow[] = [];
  for (const table of workbook.tables) {
    if (!CODE_TABLES.has(table.kind)) continue;
    for (const row of table.rows) {
      if (row.kind !== "code") continue;
      if (row.code) out.push(new CodeRow(table, row, row.code));
      if (row.govCode) out.push({ table, row, code: row.govCode, name: row.govName ?? "", government: true });
    }
  }
  return out;
}
