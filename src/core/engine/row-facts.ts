/**
 * What the table rules ask of every row (its kind, its side, its code and how the code was read), read once per
 * table and check into typed lists by row index, each code kept once. A large table has tens of thousands of rows
 * repeating a few dozen codes: the rules that group rows by code or by kind (sumGroups, the code rules, the class
 * quantities) then pass over small typed arrays instead of walking every row object again, and judge each distinct
 * code once.
 */
import { DistinctTexts } from "../text/distinct-texts";
import { oncePer } from "./once-per";
import { LineRow } from "./recognise/line-store";
import type { RecognisedTable, RowKind } from "./recognise/types";

export const KIND_TOTAL = 1;
export const KIND_UNIT = 2;
export const KIND_CODE = 3;
export const KIND_PROJECT = 4;
export const KIND_ITEM = 5;

/** KIND_* of a kind: compared, not looked up by a key that varies (a slower keyed load on every row). */
function kindNumber(kind: RowKind): number {
  return kind === "code"
    ? KIND_CODE
    : kind === "unit"
      ? KIND_UNIT
      : kind === "total"
        ? KIND_TOTAL
        : kind === "project"
          ? KIND_PROJECT
          : KIND_ITEM;
}

/** Flag bits (RowFacts.flags): the row has a side (a summary table's income or expense line). */
export const SIDED = 1;
/** Its code is malformed (RowCode.malformed). */
export const CODE_MALFORMED = 2;
/** Its code was repaired (RowCode.repaired is not empty). */
export const CODE_REPAIRED = 4;
/** It has a 政府预算支出经济分类 code. */
export const HAS_GOV_CODE = 8;
/** It has a unit code. */
export const HAS_UNIT_CODE = 16;

export interface RowFacts {
  /** Per row: KIND_* of its kind. */
  readonly kinds: Uint8Array;
  /** Per row: the flag bits above. */
  readonly flags: Uint8Array;
  /** Per row: the index of its code (row.code.code, malformed too) in `codes`; -1 for a row without a code. */
  readonly codeIndex: Int32Array;
  /** The table's distinct codes, in the order first met. */
  readonly codes: readonly string[];
  /** True when some row has a side. */
  readonly sided: boolean;
}

/** The table's row facts, read once per recognised table (that is, per check). */
export const rowFacts: (table: RecognisedTable) => RowFacts = oncePer(collect);

function collect(table: RecognisedTable): RowFacts {
  const n = table.rows.length;
  const kinds = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const codeIndex = new Int32Array(n);
  const codes = new DistinctTexts();
  let sided = false;
  for (let i = 0; i < n; i++) {
    const row = table.rows[i]!;
    kinds[i] = kindNumber(row.kind);
    let bits = 0;
    if (row.side !== undefined) {
      bits |= SIDED;
      sided = true;
    }
    const line = row instanceof LineRow ? row : undefined;
    if (line !== undefined ? line.hasGovCode : row.govCode !== undefined) bits |= HAS_GOV_CODE;
    if (line !== undefined ? line.hasUnitCode : row.unitCode !== undefined) bits |= HAS_UNIT_CODE;
    // A line's code text, not its code: a code view per line would be 20,000 young objects per check.
    const code = line !== undefined ? line.codeText : row.code;
    if (code === undefined) codeIndex[i] = -1;
    else {
      if (code.malformed) bits |= CODE_MALFORMED;
      if (code.repaired.length > 0) bits |= CODE_REPAIRED;
      codeIndex[i] = codes.numberOf(code.code);
    }
    flags[i] = bits;
  }
  return { kinds, flags, codeIndex, codes: codes.texts, sided };
}
