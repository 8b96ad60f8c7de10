/**
 * The lines of a line table as read, in parallel lists by line: sheet row and amounts (an AmountStore), kind,
 * label, code texts and unit code. A large table has 20,000 lines: each is one small LineRow (the store and its
 * index), and the lists are a handful of long-lived allocations, so the young-generation GC copies two words a line
 * instead of a row, an amounts map and a code object per line.
 */
import { cellAddress } from "../../grid/address";
import { AmountStore, RoleAmounts } from "../role-amounts";
import { CodeAt, type CodeText } from "./codes";
import type { Amount, AmountRole, Row, RowCode, RowKind } from "./types";

/** Kinds by their number in the store (a kind's number is found by indexOf: a keyed lookup by string costs more). */
const KINDS: readonly RowKind[] = ["total", "unit", "code", "project", "item"];

/** Mark bits of a line: what the sparse maps hold for it, so a pass over every line asks no map. */
const HAS_GOV_CODE = 1;
const HAS_UNIT_CODE = 2;

/** What lineRows read on a line besides its amounts: one object, refilled per line. */
export interface LineFacts {
  kind: RowKind;
  label: string;
  code: CodeText | undefined;
  /** The column the code was read from. */
  codeCol: number;
  govCode: CodeText | undefined;
  govName: string | undefined;
  unitCode: string | undefined;
}

/**
 * The lines' facts, and their amounts as the AmountStore it is: the line being read is its row being read
 * (readAmounts fills it, `add` commits it), and a line's index is its row's index.
 */
export class LineStore extends AmountStore {
  private kinds: Uint8Array;
  private codeCols: Int32Array;
  private marks: Uint8Array;
  private readonly labels: string[];
  private readonly codes: (CodeText | undefined)[];
  /** Sparse: few lines carry them. */
  private readonly govCodes = new Map<number, CodeText>();
  private readonly govNames = new Map<number, string>();
  private readonly unitCodes = new Map<number, string>();

  /**
   * @param width    the table's amount columns.
   * @param capacity the lines expected (the body's rows); grows when more are added.
   * @param labelCol the name column, or -1 when the table has none (no labelCell).
   * @param govCol   the 政府预算支出经济分类 code column, or -1.
   */
  constructor(
    width: number,
    capacity: number,
    readonly labelCol: number,
    readonly govCol: number,
  ) {
    super(width, capacity);
    this.kinds = new Uint8Array(Math.max(1, capacity));
    this.codeCols = new Int32Array(Math.max(1, capacity));
    this.marks = new Uint8Array(Math.max(1, capacity));
    // Made at their size: a list grown by push leaves a copy behind at every doubling.
    this.labels = new Array<string>(capacity);
    this.codes = new Array<CodeText | undefined>(capacity);
  }

  /** Keeps the line on sheet row `row`: its facts and the amounts read so far. */
  add(row: number, facts: LineFacts): LineRow {
    const index = this.commitRow(row);
    if (index === this.kinds.length) {
      const [kinds, codeCols, marks] = [
        new Uint8Array(index * 2),
        new Int32Array(index * 2),
        new Uint8Array(index * 2),
      ];
      kinds.set(this.kinds);
      codeCols.set(this.codeCols);
      marks.set(this.marks);
      [this.kinds, this.codeCols, this.marks] = [kinds, codeCols, marks];
    }
    this.kinds[index] = KINDS.indexOf(facts.kind);
    this.codeCols[index] = facts.codeCol;
    this.labels[index] = facts.label;
    this.codes[index] = facts.code;
    let marks = 0;
    if (facts.govCode) {
      this.govCodes.set(index, facts.govCode);
      marks |= HAS_GOV_CODE;
    }
    if (facts.govName) this.govNames.set(index, facts.govName);
    if (facts.unitCode) {
      this.unitCodes.set(index, facts.unitCode);
      marks |= HAS_UNIT_CODE;
    }
    this.marks[index] = marks;
    return new LineRow(this, index);
  }

  kindAt(index: number): RowKind {
    return KINDS[this.kinds[index]!]!;
  }

  labelAt(index: number): string {
    return this.labels[index]!;
  }

  /**
   * The line's code, made on each read and kept by nobody: the rules read each line's code once per check (into the
   * row facts), so a young view that dies young costs the scavenger less than 20,000 views kept for the whole check.
   */
  codeAt(index: number): RowCode | undefined {
    const text = this.codes[index];
    return text && new CodeAt(text, this.rowAt(index), this.codeCols[index]!);
  }

  govCodeAt(index: number): RowCode | undefined {
    const text = this.govCodes.get(index);
    return text && new CodeAt(text, this.rowAt(index), this.govCol);
  }

  /** The line's code text as read (shared, no view made): for readers that need no cell (row-facts.ts). */
  codeTextAt(index: number): CodeText | undefined {
    return this.codes[index];
  }

  /** True when the line has a 政府预算支出经济分类 code (no view made). */
  hasGovCodeAt(index: number): boolean {
    return (this.marks[index]! & HAS_GOV_CODE) !== 0;
  }

  /** True when the line has a unit code. */
  hasUnitCodeAt(index: number): boolean {
    return (this.marks[index]! & HAS_UNIT_CODE) !== 0;
  }

  govNameAt(index: number): string | undefined {
    return this.govNames.get(index);
  }

  unitCodeAt(index: number): string | undefined {
    return this.unitCodes.get(index);
  }
}

/**
 * A line of a line table: a view of its place in the LineStore, and its own amounts map (one object per line, not
 * two: `amounts` is the line itself). `code` and `govCode` are views made on each read. A spread copy of a LineRow
 * holds none of its fields (they are getters): whoever copies a row names them (recognise-workbook.ts).
 */
export class LineRow extends RoleAmounts implements Row {
  // Its store is its LineStore and its index its line: two fields a line, not four (20,000 lines live through the
  // whole check, and every scavenge copies them).
  constructor(lines: LineStore, line: number) {
    super(lines, line);
  }

  private get lines(): LineStore {
    return this.store as LineStore;
  }

  private get line(): number {
    return this.index;
  }

  /** Replaces a role's amount; a role the line does not hold is refused (it would move the line out of its store). */
  override set(role: AmountRole, amount: Amount): this {
    if (!this.has(role)) throw new Error(`a line holds the roles of its table's columns, not ${role}`);
    return super.set(role, amount);
  }

  get row(): number {
    return this.lines.rowAt(this.line);
  }

  get kind(): RowKind {
    return this.lines.kindAt(this.line);
  }

  get label(): string {
    return this.lines.labelAt(this.line);
  }

  get labelCell(): string | undefined {
    const col = this.lines.labelCol;
    return col < 0 ? undefined : cellAddress(this.row, col);
  }

  get code(): RowCode | undefined {
    return this.lines.codeAt(this.line);
  }

  /** The code's text without a view of its cell (row-facts.ts reads 20,000 lines' codes per check). */
  get codeText(): CodeText | undefined {
    return this.lines.codeTextAt(this.line);
  }

  get hasGovCode(): boolean {
    return this.lines.hasGovCodeAt(this.line);
  }

  get hasUnitCode(): boolean {
    return this.lines.hasUnitCodeAt(this.line);
  }

  get govCode(): RowCode | undefined {
    return this.lines.govCodeAt(this.line);
  }

  get govName(): string | undefined {
    return this.lines.govNameAt(this.line);
  }

  get unitCode(): string | undefined {
    return this.lines.unitCodeAt(this.line);
  }

  get amounts(): ReadonlyMap<AmountRole, Amount> {
    return this;
  }
}
