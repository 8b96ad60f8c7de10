/**
 * What the 部门 + 单位 consolidation check (issue 10) keeps of a checked workbook: plain data (amounts as decimal
 * strings), small enough for a batch to keep one per 部门/单位 workbook until every file has been read, and safe to
 * pass between threads. Whole reports are never kept.
 */
import type { Unit } from "../engine/recognise/types";

/** One printed amount the check compares. */
export interface Figure {
  /** The displayed value as a decimal string. */
  readonly value: string;
  readonly decimals: number;
  readonly unit: Unit;
  readonly sheet: string;
  readonly cell: string;
  /** Table kind id ("general-expense", …). */
  readonly table: string;
  /** What the amount is: the row's code and name, or the row label, and the column ("2010601 行政运行 · 合计"). */
  readonly label: string;
}

/** A unit row (101001 …) a 部门 table lists, with no unit rows under it: one unit's line of that table. */
export interface UnitRowFigures {
  readonly code: string;
  /** The unit's name as the row prints it. */
  readonly name: string;
  readonly table: string;
  /** The row's amounts by column role ("total", "basic" …). */
  readonly amounts: Readonly<Record<string, Figure>>;
}

/**
 * How many budget units (预算单位) the 部门 says it covers, read from its 机构设置/概况 text: the 本部 (when named) and
 * the N 下属/所属 units, less those said not to keep a budget of their own (不单列预算, 并入本部).
 */
export interface Coverage {
  /** Budget units with a budget of their own, or undefined when the text does not say it plainly. */
  readonly units?: number;
  /** The scope sentence and the list under it, spaces removed: a unit named there belongs to the 部门. */
  readonly names?: string;
}

/** What pairing needs, and the small parts of the comparison: the same in the full and the packed form. */
export interface FactsBase {
  /** 部门预算 or 单位预算, from the table titles, else from the 编制部门/编制单位 lines; undefined when unsaid. */
  readonly level?: "department" | "unit";
  readonly year: number | null;
  /** The column roles of each recognised line table: a code a unit's table does not list is 0 only under these. */
  readonly columns: Readonly<Record<string, readonly string[]>>;
  /** The code lengths at which a code a line table does not list is 0 (facts.ts codeLevelsListedInFull). */
  readonly zeroLengths: Readonly<Record<string, readonly number[]>>;
  /** Each line table's 合计 row, by column role: what a 部门's unit row is compared with. */
  readonly totals: Readonly<Record<string, Readonly<Record<string, Figure>>>>;
  /** Leaf unit rows of a 部门's tables. */
  readonly unitRows: readonly UnitRowFigures[];
  readonly coverage: Coverage;
}

export interface ConsolidationFacts extends FactsBase {
  /** Comparable figures by key: "q:<quantity key>" (totals, funds, 三公, 机关运行经费) and "<table>|<code>|<role>". */
  readonly figures: Readonly<Record<string, Figure>>;
}

/** Where a packed figure is printed: one entry per table, its index written on each figure's line. */
export type FigurePlace = Pick<Figure, "sheet" | "table" | "unit" | "decimals">;

/**
 * The facts as a batch keeps them until every file is read (pack.ts): the figures as one string, a line each, a
 * unit's without labels and without the 0 lines its tables print (a code not listed counts 0 anyway).
 */
export interface PackedFacts extends FactsBase {
  readonly places: readonly FigurePlace[];
  readonly packed: string;
  /** The run's shared labels (a department's figures name one each; a unit's none). */
  readonly labels: { textOf(n: number): string };
}

/** One workbook of a run, as the consolidation sees it. */
export interface ConsolidationInput {
  /** The caller's key for the workbook (a batch's file index); findings come back under it. */
  readonly id: number;
  /** The body on the 编制部门/编制单位 line. */
  readonly body?: string;
  /** The file name, for messages. */
  readonly workbook: string;
  readonly facts: ConsolidationFacts | PackedFacts;
}
