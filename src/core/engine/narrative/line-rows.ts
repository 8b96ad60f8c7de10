/**
 * Resolves a 类/款/项 path of the narrative (line-path.ts) to the row of each table that lists it, by names and by
 * code: the narrative's "行政运行(项) 938.99 万元" is that 项 row's amount, never its 类 total.
 */
import { oncePer } from "../once-per";
import type { Quantity } from "../quantities";
import type { RecognisedTable, RecognisedWorkbook, Row } from "../recognise/types";
import { nameKey, type LinePath, type LineLevel } from "./line-path";

/** Functional-classification tables, in the order their figure is preferred (the 财政拨款 tables first). */
const LINE_TABLES = ["general-expense", "expense", "gov-fund", "state-capital", "income"] as const;

const CODE_LENGTH: Readonly<Record<LineLevel, number>> = { 类: 3, 款: 5, 项: 7 };

export interface LineRow {
  readonly code: string;
  readonly quantity: Quantity;
}

export type LineResolution =
  | { readonly ok: true; readonly rows: readonly LineRow[] }
  | { readonly ok: false; readonly reason: "not-found" | "ambiguous" | "no-table" };

interface TableIndex {
  readonly table: RecognisedTable;
  /** Code → row, for functional codes (2xx…). */
  readonly byCode: ReadonlyMap<string, Row>;
}

/** The row of every table that lists the path, or why there is none (stated in the narrative.untied info). */
export function resolveLine(path: LinePath, workbook: RecognisedWorkbook): LineResolution {
  const tables = tableIndexes(workbook);
  if (tables.length === 0) return { ok: false, reason: "no-table" };
  const rows: LineRow[] = [];
  let ambiguous = false;
  for (const index of tables) {
    const found = matches(path, index);
    if (found.length > 1) ambiguous = true;
    const row = found.length === 1 ? found[0] : undefined;
    const amount = row?.amounts.get("total");
    if (!row?.code || !amount) continue;
    rows.push({
      code: row.code.code,
      quantity: {
        value: amount.value,
        decimals: index.table.decimals,
        sheet: amount.sheet ?? index.table.sheet,
        cell: amount.cell,
        unit: index.table.unit,
        table: index.table.kind,
      },
    });
  }
  // Two tables resolving the path to different codes: the words do not say which one is meant.
  if (new Set(rows.map((r) => r.code)).size > 1) return { ok: false, reason: "ambiguous" };
  if (rows.length > 0) return { ok: true, rows };
  return { ok: false, reason: ambiguous ? "ambiguous" : "not-found" };
}

function matches(path: LinePath, index: TableIndex): Row[] {
  const length = path.code !== undefined && !path.codeIsSuffix ? path.code.length : CODE_LENGTH[path.level];
  const out: Row[] = [];
  for (const [code, row] of index.byCode) {
    if (code.length !== length) continue;
    if (path.code !== undefined && (path.codeIsSuffix ? !code.endsWith(path.code) : code !== path.code)) continue;
    if (fitsNames(path, code, row, index)) out.push(row);
  }
  return out;
}

/** Each name the path gives equals the label of the row at its level (a level the table does not print is not held against it). */
function fitsNames(path: LinePath, code: string, row: Row, index: TableIndex): boolean {
  for (let i = 0; i < path.names.length; i += 1) {
    const level = path.levels[i]!;
    const at = level === path.level ? row : index.byCode.get(code.slice(0, CODE_LENGTH[level]));
    if (at === undefined) continue;
    if (nameKey(at.label) !== nameKey(path.names[i]!)) return false;
  }
  return true;
}

/** The line tables' code indexes, made once per workbook. */
const tableIndexes = oncePer((workbook: RecognisedWorkbook): readonly TableIndex[] =>
  LINE_TABLES.flatMap((kind) => workbook.tables.filter((t) => t.kind === kind)).map((table) => {
    const byCode = new Map<string, Row>();
    for (const row of table.rows) {
      const code = row.code?.code;
      if (row.kind === "code" && code && code.startsWith("2") && !row.code?.malformed && !byCode.has(code))
        byCode.set(code, row);
    }
    return { table, byCode };
  }),
);
