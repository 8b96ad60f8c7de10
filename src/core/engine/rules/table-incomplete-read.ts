/**
 * The engine's own failure, said aloud: a recognised table whose body was not read. Either no body row was read
 * (and the table is not a blank one that says it is empty), or a body row holding a non-zero amount was left out of
 * the rows. Every sum and cross-table check silently skips what was not read, so this is a warning, never hidden.
 */
import type { FindingOf } from "../../findings/finding";
import type { RuleParams } from "../../findings/rule-params";
import { cellAddress } from "../../grid/address";
import type { SheetSnapshot } from "../../grid/snapshot";
import { readCellAmount } from "../cell-amount";
import { EMPTY_STATEMENT, findStatement } from "../empty-statement";
import type { RecognisedTable, RecognisedWorkbook } from "../recognise/types";
import { forEachAmountPlace, RoleAmounts } from "../role-amounts";
import { KIND_TOTAL, rowFacts } from "../row-facts";
import type { RuleOf } from "../rule";

/** Tables read as label/value pairs or free text: their stray numbers (indicator values, counts) are not amounts. */
const NOT_GRIDS: ReadonlySet<string> = new Set(["narrative", "performance-overall", "performance-project"]);

/**
 * Per sheet, the rows some table read, as a flag by row (a 续表's rows carry their own sheet on each amount); no
 * amount is made. A typed array as long as the sheet, not a set: every row of a large table is added.
 */
type ReadRows = ReadonlyMap<string, Uint8Array>;

function readRows(workbook: RecognisedWorkbook): ReadRows {
  const read = new Map<string, Uint8Array>();
  const rowsOf = (sheet: string) => {
    let rows = read.get(sheet);
    // A row past the sheet's last has no cell to be read: its flag is not needed (a typed array drops it).
    if (!rows) read.set(sheet, (rows = new Uint8Array(workbook.sheets.get(sheet)?.values.length ?? 0)));
    return rows;
  };
  for (const table of workbook.tables) {
    const own = rowsOf(table.sheet);
    const add = (sheet: string | undefined, r: number) => ((sheet === undefined ? own : rowsOf(sheet))[r] = 1);
    // Indexed over the rows read once, not for…of: this runs once per check, and a loop not yet optimised makes a
    // result object per row.
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      own[row.row] = 1;
      // A row read on the fast path holds its amounts on its own row: nothing more to mark (20,000 calls saved).
      const amounts = row.amounts;
      if (!(amounts instanceof RoleAmounts && amounts.onItsRow())) forEachAmountPlace(amounts, add);
    }
  }
  return read;
}

/** A cell that shows a non-zero amount (a number, or text that reads as one). */
function nonZeroAmount(sheet: SheetSnapshot, row: number, col: number): boolean {
  const v = sheet.values[row]?.[col];
  if (typeof v === "number") return v !== 0;
  if (typeof v !== "string" || v.trim() === "") return false;
  const read = readCellAmount(v);
  return read.kind === "amount" && !read.value.isZero();
}

/** The first body cell with a non-zero amount on a row no table read; the count of such rows. */
function unreadCells(table: RecognisedTable, sheet: SheetSnapshot, read: ReadRows) {
  let first: string | undefined;
  let rows = 0;
  const readHere = read.get(table.sheet);
  for (let r = table.dataTop; r <= table.dataBottom; r++) {
    if (readHere?.[r] === 1) continue;
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (!nonZeroAmount(sheet, r, c)) continue;
      first ??= cellAddress(r, c);
      rows++;
      break;
    }
  }
  return { first, rows };
}

/** How many rows are no total row (counted on the row facts, no list made). */
function bodyRows(table: RecognisedTable): number {
  const { kinds } = rowFacts(table);
  let count = 0;
  for (let i = 0; i < kinds.length; i++) if (kinds[i] !== KIND_TOTAL) count++;
  return count;
}

function finding(
  table: RecognisedTable,
  cell: string,
  reason: RuleParams["table.incomplete-read"]["reason"],
  count: number,
): FindingOf<"table.incomplete-read"> {
  return {
    rule: "table.incomplete-read",
    severity: "warning",
    sheet: table.sheet,
    cell,
    table: table.kind,
    refs: [],
    params: { reason, count: String(count) },
  };
}

export const tableIncompleteRead: RuleOf<"table.incomplete-read"> = {
  id: "table.incomplete-read",
  check(ctx) {
    const findings: FindingOf<"table.incomplete-read">[] = [];
    const read = readRows(ctx.workbook);
    for (const table of ctx.workbook.tables) {
      if (NOT_GRIDS.has(table.kind)) continue;
      const sheet = ctx.workbook.sheets.get(table.sheet);
      if (!sheet) continue;
      const unread = unreadCells(table, sheet, read);
      // A 续表 hands its rows to the first table of its kind: only the unread cells count there.
      const body = table.continued ? 1 : bodyRows(table);
      if (body === 0 && unread.first === undefined) {
        const blank = table.rows.every((r) => [...r.amounts.values()].every((a) => a.blank));
        // Only a 合计 row, filled: everything printed was read (the sums say whether it adds up).
        if (!blank) continue;
        // Blank and saying so is a correct empty table; a blank 基金/国资 table without a note is
        // table.empty-statement's to report.
        const saysEmpty = findStatement(ctx.workbook, sheet, EMPTY_STATEMENT) !== undefined;
        if (saysEmpty || table.kind === "gov-fund" || table.kind === "state-capital") continue;
        findings.push(finding(table, cellAddress(table.top, 0), "no-rows", 0));
      } else if (unread.first !== undefined) {
        findings.push(finding(table, unread.first, body === 0 ? "no-rows" : "rows-left-out", unread.rows));
      }
    }
    return findings;
  },
};
