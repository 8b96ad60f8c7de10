/** Rows that carry a classification code (functional or economic), with the name printed beside it. */
import { DistinctTexts } from "../text/distinct-texts";
import { oncePer } from "./once-per";
import type { RecognisedTable, RecognisedWorkbook, Row, RowCode } from "./recognise/types";
import { CODE_MALFORMED, CODE_REPAIRED, HAS_GOV_CODE, HAS_UNIT_CODE, KIND_CODE, rowFacts } from "./row-facts";

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

/** Flag bits per classified row (ClassifiedRows.flags). */
export const GOVERNMENT = 1;
/** The code is not a valid code (RowCode.malformed). */
export const MALFORMED = 2;
/** The code had to be repaired (RowCode.repaired is not empty). */
export const REPAIRED = 4;
/** The row carries a unit code. */
export const UNIT_CODE = 8;

/**
 * The classified rows of a workbook in order, as parallel lists read by index, and each well-formed code's place in
 * the list of distinct codes: the code rules judge each distinct code once (a large table repeats a few dozen codes
 * over thousands of rows) and read a row's answer by index. A ClassifiedRow object is made only for a row a finding
 * is about (`at`): a large table would otherwise keep tens of thousands of them for the whole check.
 */
export class ClassifiedRows {
  readonly length: number;
  /** The distinct well-formed codes, in the order first met. */
  readonly codes: readonly string[];
  /** Per row: the index of its code in `codes`; -1 for a malformed code. */
  readonly codeIndex: Int32Array;
  /** Per row: GOVERNMENT, MALFORMED, REPAIRED and UNIT_CODE bits. */
  readonly flags: Uint8Array;

  constructor(
    private readonly tables: readonly RecognisedTable[],
    /** Per row: the index of its table in `tables`. */
    private readonly tableIndex: Uint16Array,
    /** Per row: its index in its table's rows (typed: no list of tens of thousands of row objects is made). */
    private readonly rowIndex: Int32Array,
    flags: Uint8Array,
    codes: readonly string[],
    codeIndex: Int32Array,
  ) {
    this.length = rowIndex.length;
    this.flags = flags;
    this.codes = codes;
    this.codeIndex = codeIndex;
  }

  table(i: number): RecognisedTable {
    return this.tables[this.tableIndex[i]!]!;
  }

  row(i: number): Row {
    return this.tables[this.tableIndex[i]!]!.rows[this.rowIndex[i]!]!;
  }

  /** The code classified: the row's own, or its 政府预算支出经济分类 code. */
  code(i: number): RowCode {
    const row = this.row(i);
    return (this.flags[i]! & GOVERNMENT) !== 0 ? row.govCode! : row.code!;
  }

  /** The name printed beside the code ("" when none). */
  name(i: number): string {
    const row = this.row(i);
    return (this.flags[i]! & GOVERNMENT) !== 0 ? (row.govName ?? "") : row.label;
  }

  /** The row as a ClassifiedRow, made now (for a finding). */
  at(i: number): ClassifiedRow {
    const table = this.table(i);
    const row = this.row(i);
    if ((this.flags[i]! & GOVERNMENT) === 0) return new CodeRow(table, row, row.code!);
    return { table, row, code: row.govCode!, name: row.govName ?? "", government: true };
  }
}

/** Computed once per workbook (that is, per check): several code rules walk the same rows. */
export const classifiedRows: (workbook: RecognisedWorkbook) => ClassifiedRows = oncePer(collect);

function collect(workbook: RecognisedWorkbook): ClassifiedRows {
  const tables = workbook.tables.filter((t) => CODE_TABLES.has(t.kind));
  // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
  const facts = Array.from(tables, (t) => rowFacts(t));
  let count = 0;
  for (const { kinds, flags, codeIndex } of facts)
    for (let i = 0; i < kinds.length; i++)
      if (kinds[i] === KIND_CODE) count += (codeIndex[i]! >= 0 ? 1 : 0) + ((flags[i]! & HAS_GOV_CODE) !== 0 ? 1 : 0);
  const tableIndex = new Uint16Array(count);
  const rowIndex = new Int32Array(count);
  let length = 0;
  const flags = new Uint8Array(count);
  const codeIndex = new Int32Array(count);
  // The workbook-wide numbers of the well-formed codes.
  const codes = new DistinctTexts();
  const add = (t: number, row: number, bits: number, c: number) => {
    const i = length++;
    rowIndex[i] = row;
    tableIndex[i] = t;
    flags[i] = bits;
    codeIndex[i] = c;
  };
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const own = facts[t]!;
    // The table's distinct well-formed codes mapped to the workbook's once each, not per row.
    const toWorkbook = new Int32Array(own.codes.length).fill(-1);
    for (let r = 0; r < own.kinds.length; r++) {
      if (own.kinds[r] !== KIND_CODE) continue;
      const bits = own.flags[r]!;
      const unit = (bits & HAS_UNIT_CODE) !== 0 ? UNIT_CODE : 0;
      const c = own.codeIndex[r]!;
      if (c >= 0) {
        const malformed = (bits & CODE_MALFORMED) !== 0;
        if (!malformed && toWorkbook[c] === -1) toWorkbook[c] = codes.numberOf(own.codes[c]!);
        const repaired = (bits & CODE_REPAIRED) !== 0 ? REPAIRED : 0;
        add(t, r, unit | (malformed ? MALFORMED : 0) | repaired, malformed ? -1 : toWorkbook[c]!);
      }
      if ((bits & HAS_GOV_CODE) !== 0) {
        const row = table.rows[r]!;
        const gov = row.govCode!;
        const repaired = gov.repaired.length > 0 ? REPAIRED : 0;
        add(
          t,
          r,
          unit | GOVERNMENT | (gov.malformed ? MALFORMED : 0) | repaired,
          gov.malformed ? -1 : codes.numberOf(gov.code),
        );
      }
    }
  }
  return new ClassifiedRows(tables, tableIndex, rowIndex, flags, codes.texts, codeIndex);
}
