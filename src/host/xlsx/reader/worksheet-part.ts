/**
 * One worksheet part (xl/worksheets/sheetN.xml) → SheetSnapshot, streamed cell by cell. What a cell gives:
 * - value: a number; text (shared, inline or a formula's text result, "_xHHHH_" decoded in shared and inline text);
 *   a boolean; an error value as its text ("#DIV/0!"); null for a formula without a cached result;
 * - its number format ("General" where the style sets none), and "=formula" where it has one (shared formulas
 *   written out for each cell).
 * A cell that is only styled (no value) is not part of the grid, unless a merged area covers it. The non-top-left
 * cells of a merged area are blank with their own format. Rows hold cells up to their last filled one.
 * Limits: every slot of the grid (a filled cell or a blank to its left) counts towards the cells limits before it
 * is stored, and text is measured as it arrives.
 */
import type { CellRange, CellValue, SheetSnapshot } from "../../../core";
import { columnOf, rowOf } from "./cell-reference";
import { decodeEscapes } from "./escapes";
import { DamagedWorkbook, LimitExceeded, type ReadLimits } from "./limits";
import type { Package } from "./package-parts";
import { moveFormula } from "./shared-formula";
import type { SharedStrings } from "./shared-strings-part";
import type { StyleFormats } from "./styles-part";
import { parseXmlPart, type Attributes } from "./xml-part";

const GENERAL = "General";
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial number in the 1900 date system; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** Cells counted so far across the workbook (the workbook-cells limit spans sheets). */
export interface CellBudget {
  used: number;
}

export interface WorksheetContext {
  readonly pkg: Package;
  readonly strings: SharedStrings;
  readonly styles: StyleFormats;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  readonly budget: CellBudget;
}

/**
 * A row while the sheet is read. `values[c]` is undefined where no cell is (yet) part of the grid; `formats[c]`
 * then holds the format of a styled blank cell (used if a merge covers it) or undefined.
 */
interface RowBuild {
  values: (CellValue | undefined)[];
  formats: (string | undefined)[];
  formulas: (string | null)[] | undefined;
}

interface SharedMaster {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/** A cell's text that is an ISO date ("2024-01-05" or with a time), as a serial number; NaN when it is not one. */
function isoDateSerial(text: string, date1904: boolean): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  return Date.parse(zoned) / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
}

class SheetReader {
  private readonly rows: (RowBuild | undefined)[] = [];
  private readonly rowFormats = new Map<number, string>();
  private readonly columnFormats: { min: number; max: number; format: string }[] = [];
  private readonly merges: CellRange[] = [];
  private readonly sharedMasters = new Map<string, SharedMaster>();
  private hasFormula = false;
  private sheetCells = 0;

  // The element being read.
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private cellType: string | undefined;
  private cellStyle: string | undefined;
  private capture: "v" | "f" | "t" | undefined;
  private valueText = "";
  private formulaText: string | undefined;
  private formulaAttributes: Attributes | undefined;
  private inlineText: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private textLength = 0;

  constructor(private readonly context: WorksheetContext) {}

  open(name: string, attributes: Attributes): void {
    if (this.inSheetData) this.openInSheetData(name, attributes);
    else if (name === "sheetData") this.inSheetData = true;
    else if (name === "mergeCell") this.addMerge(attributes.ref);
    else if (name === "col") this.addColumnFormat(attributes);
  }

  private openInSheetData(name: string, attributes: Attributes): void {
    switch (name) {
      case "row": {
        const r = attributes.r === undefined ? this.row + 1 : rowOf(attributes.r);
        if (r < 0) throw new DamagedWorkbook(`bad row number ${attributes.r}`);
        this.row = r;
        this.col = -1;
        const format = attributes.s !== undefined ? this.context.styles[Number(attributes.s)] : undefined;
        if (format) this.rowFormats.set(r, format);
        return;
      }
      case "c": {
        const col = attributes.r === undefined ? this.col + 1 : columnOf(attributes.r);
        if (col < 0) throw new DamagedWorkbook(`bad cell reference ${attributes.r}`);
        if (this.row < 0) this.row = attributes.r === undefined ? 0 : rowOf(attributes.r);
        this.col = col;
        this.cellType = attributes.t;
        this.cellStyle = attributes.s;
        this.valueText = "";
        this.formulaText = undefined;
        this.formulaAttributes = undefined;
        this.inlineText = undefined;
        return;
      }
      case "v":
        this.startText("v");
        return;
      case "f":
        this.formulaAttributes = attributes;
        this.formulaText = "";
        this.startText("f");
        return;
      case "is":
        this.inInline = true;
        this.inlineText = "";
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "t":
        if (this.inInline && this.phonetic === 0) this.startText("t");
        return;
    }
  }

  private startText(kind: "v" | "f" | "t"): void {
    this.capture = kind;
    this.textLength = 0;
  }

  text(text: string): void {
    if (this.capture === undefined) return;
    this.textLength += text.length;
    const max = this.context.limits["cell-chars"];
    if (this.textLength > max) throw new LimitExceeded("cell-chars", max);
    if (this.capture === "v") this.valueText += text;
    else if (this.capture === "f") this.formulaText += text;
    else this.inlineText += text;
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case "v":
      case "f":
        this.capture = undefined;
        return;
      case "t":
        if (this.capture === "t") {
          this.capture = undefined;
          // Each text element is decoded on its own, as Excel writes them.
          this.inlineText = this.inlineText === undefined ? undefined : decodeEscapes(this.inlineText);
        }
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "is":
        this.inInline = false;
        return;
      case "c":
        this.endCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  /** The formula of the cell being closed, without "=": its own text, or the shared formula moved to it. */
  private cellFormula(): string | undefined {
    const attributes = this.formulaAttributes;
    if (attributes?.t !== "shared" || attributes.si === undefined) return this.formulaText || undefined;
    if (attributes.ref !== undefined && this.formulaText) {
      this.sharedMasters.set(attributes.si, { row: this.row, col: this.col, formula: this.formulaText });
      return this.formulaText;
    }
    const master = this.sharedMasters.get(attributes.si);
    return master ? moveFormula(master.formula, this.row - master.row, this.col - master.col) : undefined;
  }

  /** A cell's stored value as the engine wants it; undefined when the cell holds none. */
  private storedValue(): CellValue | undefined {
    const text = this.cellType === "inlineStr" ? (this.inlineText ?? "") : this.valueText;
    if (text === "") return undefined;
    switch (this.cellType) {
      case "s":
        return this.context.strings[Number(text)] ?? null;
      case "str":
      case "inlineStr":
      case "e":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "d":
        return isoDateSerial(text, this.context.date1904);
      default:
        return parseFloat(text);
    }
  }

  /** A formula's cached result: its type is the cell's `t`; null when Excel saved none. */
  private formulaResult(): CellValue {
    const text = this.valueText;
    if (text === "") return null;
    switch (this.cellType) {
      case "str":
      case "e":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      default:
        return parseFloat(text);
    }
  }

  private endCell(): void {
    const isFormula = this.formulaAttributes !== undefined && (this.formulaText !== "" || !!this.formulaAttributes.t);
    const style = this.cellStyle === undefined ? 0 : Number(this.cellStyle);
    const format = this.context.styles[style];
    if (isFormula) {
      const formula = this.cellFormula();
      this.place(this.row, this.col, this.formulaResult(), format ?? GENERAL, formula ? `=${formula}` : null);
      return;
    }
    const value = this.storedValue();
    if (value !== undefined) this.place(this.row, this.col, value, format ?? GENERAL, null);
    // A styled cell without a value stays out of the grid; its format is kept in case a merged area covers it.
    else if (style !== 0) this.placeStyledBlank(this.row, this.col, format ?? GENERAL);
  }

  /** The row being built, made large enough for column `col` (every new slot is counted first). */
  private slot(r: number, col: number): RowBuild {
    let row = this.rows[r];
    if (!row) {
      row = { values: [], formats: [], formulas: undefined };
      this.rows[r] = row;
    }
    const grow = col + 1 - row.values.length;
    if (grow > 0) {
      const { limits, budget } = this.context;
      this.sheetCells += grow;
      budget.used += grow;
      if (this.sheetCells > limits["sheet-cells"]) throw new LimitExceeded("sheet-cells", limits["sheet-cells"]);
      if (budget.used > limits["workbook-cells"]) throw new LimitExceeded("workbook-cells", limits["workbook-cells"]);
      // Pushing one at a time keeps the array packed (assigning past its end would leave holes).
      for (let i = 0; i < grow; i++) {
        row.values.push(undefined);
        row.formats.push(undefined);
      }
    }
    return row;
  }

  private place(r: number, col: number, value: CellValue, format: string, formula: string | null): void {
    const row = this.slot(r, col);
    row.values[col] = value;
    row.formats[col] = format;
    if (formula !== null) {
      this.hasFormula = true;
      row.formulas ??= [];
      while (row.formulas.length <= col) row.formulas.push(null);
      row.formulas[col] = formula;
    } else if (row.formulas && col < row.formulas.length) row.formulas[col] = null;
  }

  private placeStyledBlank(r: number, col: number, format: string): void {
    const row = this.slot(r, col);
    if (row.values[col] === undefined) row.formats[col] = format;
  }

  private addMerge(ref: string | undefined): void {
    const [from = "", to = from] = (ref ?? "").split(":");
    const top = rowOf(from);
    const left = columnOf(from);
    const bottom = rowOf(to);
    const right = columnOf(to);
    if (top < 0 || left < 0 || bottom < 0 || right < 0) return;
    this.merges.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }

  private addColumnFormat(attributes: Attributes): void {
    const format = attributes.style === undefined ? undefined : this.context.styles[Number(attributes.style)];
    if (format) this.columnFormats.push({ min: Number(attributes.min) - 1, max: Number(attributes.max) - 1, format });
  }

  /** The format a cell that is not in the file takes when a merged area creates it: its row's, else its column's. */
  private freshFormat(r: number, col: number): string {
    const rowFormat = this.rowFormats.get(r);
    if (rowFormat) return rowFormat;
    let columnFormat: string | undefined;
    for (const range of this.columnFormats) if (col >= range.min && col <= range.max) columnFormat = range.format;
    return columnFormat ?? GENERAL;
  }

  /** Every cell of a merged area but its top-left one becomes a blank that is part of the grid. */
  private applyMerges(): void {
    for (const merge of this.merges)
      for (let r = merge.top; r <= merge.bottom; r++)
        for (let c = merge.left; c <= merge.right; c++) {
          if (r === merge.top && c === merge.left) continue;
          const row = this.slot(r, c);
          const format = row.values[c] !== undefined || row.formats[c] !== undefined ? row.formats[c] : undefined;
          row.values[c] = null;
          row.formats[c] = format ?? this.freshFormat(r, c);
          if (row.formulas && c < row.formulas.length) row.formulas[c] = null;
        }
  }

  /** The grids as the snapshot holds them: rows cut after their last cell, empty rows for missing ones. */
  finish(name: string, hidden: boolean): SheetSnapshot {
    this.applyMerges();
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    // A merged area may have blanked the only formulas: then the sheet has no formula layer.
    const hasFormula = this.hasFormula && this.rows.some((row) => row?.formulas?.some((f) => f !== null));
    const formulas: (string | null)[][] | undefined = hasFormula ? [] : undefined;
    let last = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      let length = row ? row.values.length : 0;
      while (length > 0 && row!.values[length - 1] === undefined) length--;
      if (length > 0) last = r;
      const rowValues = (row?.values ?? []) as CellValue[];
      const rowFormats = (row?.formats ?? []) as (string | null)[];
      rowValues.length = length;
      rowFormats.length = length;
      for (let c = 0; c < length; c++)
        if (rowValues[c] === undefined) {
          rowValues[c] = null;
          rowFormats[c] = null;
        }
      values.push(rowValues);
      numberFormats.push(rowFormats);
      if (formulas) {
        const rowFormulas = row?.formulas ?? [];
        while (rowFormulas.length < length) rowFormulas.push(null);
        rowFormulas.length = length;
        formulas.push(rowFormulas);
      }
    }
    values.length = last + 1;
    numberFormats.length = last + 1;
    if (formulas) formulas.length = last + 1;
    return {
      name,
      values,
      numberFormats,
      ...(formulas && { formulas }),
      ...(this.merges.length > 0 && { merges: this.merges }),
      ...(hidden && { hidden: true }),
    };
  }
}

/** Reads one worksheet part into a snapshot. */
export function readWorksheet(context: WorksheetContext, part: string, name: string, hidden: boolean): SheetSnapshot {
  const entry = context.pkg.entry(part);
  if (!entry) throw new DamagedWorkbook(`missing sheet part ${part}`);
  const reader = new SheetReader(context);
  parseXmlPart(context.pkg.bytes, entry, reader);
  return reader.finish(name, hidden);
}
