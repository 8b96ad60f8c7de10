/**
 * A recognised classified table built by hand (code, name, 合计 per row), for the narrative's 类/款/项 lookups:
 * the lookups read only kind, sheet, unit, decimals and rows, so no sheet needs recognising.
 */
import type { RecognisedTable, RecognisedWorkbook, Row } from "../../src/core/engine/recognise/types";
import type { RuleContext } from "../../src/core/engine/rule";
import { Dec } from "../../src/core/money";

export type LineSpec = readonly [code: string, name: string, total: string];

export function lineTable(
  kind: string,
  sheet: string,
  lines: readonly LineSpec[],
  unit: "元" | "万元" = "万元",
): RecognisedTable {
  const rows: Row[] = lines.map(([code, name, total], i) => ({
    row: 5 + i,
    kind: "code",
    label: name,
    code: { code, raw: code, cell: `A${6 + i}`, repaired: [], malformed: false },
    amounts: new Map([["total", { value: new Dec(total), cell: `E${6 + i}`, row: 5 + i, col: 4, blank: false }]]),
  }));
  return { kind, sheet, unit, decimals: 2, rows } as unknown as RecognisedTable;
}

/** The context with these tables added to its workbook. */
export function withTables(context: RuleContext, ...tables: RecognisedTable[]): RuleContext {
  const workbook: RecognisedWorkbook = { ...context.workbook, tables: [...context.workbook.tables, ...tables] };
  return { ...context, workbook };
}

/** A table known only by its kind and title (for the checks that read what the titles say). */
export function titledTable(kind: string, title: string, lines: readonly LineSpec[] = []): RecognisedTable {
  return { ...lineTable(kind, title, lines), title } as RecognisedTable;
}
