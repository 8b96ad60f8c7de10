/** The project rows of every 项目绩效目标表 (a workbook may print one sheet per project), sheet-name order. */
import type { RecognisedTable, RecognisedWorkbook, Row } from "./recognise/types";
import { tablesOf } from "./tables";

export interface PerformanceRow {
  readonly table: RecognisedTable;
  readonly row: Row;
}

/** Rows that stand for one project: not a 合计 or unit row (101, 101001), with a 年度资金总额. */
export function performanceRows(workbook: RecognisedWorkbook): PerformanceRow[] {
  const out: PerformanceRow[] = [];
  for (const table of tablesOf(workbook, "performance-project"))
    for (const row of table.rows)
      if (row.kind !== "total" && row.kind !== "unit" && row.amounts.has("total")) out.push({ table, row });
  return out;
}
