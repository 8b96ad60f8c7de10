/**
 * Recognises one sheet: title → table kind, unit, year, header block, column roles, rows. Tolerant of the layouts
 * in domain.md; anything it cannot place is left out of the rows (and unreadable amounts are listed).
 */
import { cellAddress } from "../../grid/address";
import type { CellValue, SheetSnapshot } from "../../grid/snapshot";
import { readCellAmount } from "../cell-amount";
import { FastReading } from "../fast-amount";
import { AmountStore } from "../role-amounts";
import { oncePer } from "../once-per";
import { normaliseText, normalisingChanges } from "../text";
import { isPlainCode, isUnitCode, readJoinedCode, readSplitCode, type CodeText } from "./codes";
import { LineStore, type LineFacts } from "./line-store";
import { columnRole } from "./column-roles";
import { kindFromTitle, type TableKind } from "./kinds";
import { sheetGrid, type SheetGrid } from "./sheet-grid";
import { performanceBlocks } from "./performance-blocks";
import { verticalSangongRow } from "./vertical-sangong";
import {
  isAmountRole,
  type Amount,
  type AmountRole,
  type Column,
  type RecognisedTable,
  type Row,
  type Side,
  type UnitSource,
  type Unit,
  type UnreadableCell,
} from "./types";

/** A table before the workbook settles units and profile. */
export type DraftTable = Omit<RecognisedTable, "unit" | "unitSource" | "profile"> & {
  readonly unit?: Unit;
  readonly unitSource?: Exclude<UnitSource, "assumed">;
};

export type SheetRecognition =
  { readonly ok: true; readonly table: DraftTable } | { readonly ok: false; readonly reason: "no-title" | "empty" };

const TITLE_SCAN_ROWS = 5;
const SUMMARY_KINDS: ReadonlySet<TableKind> = new Set(["income-expense-summary", "fiscal-summary"]);
const META = /部门名称|编制部门|编制单位|单位名称|^单位:|金额单位|单位:(万)?元/;
const NOTE = /^(备注|注[:\d(（、.]|注释|说明[:：]|填报说明)/;
const TOTAL_LABEL = /^(合计|总计)|合计:?$|总计:?$/;
/** A row without cells, or without formats: read like one whose cells are all blank. */
const NO_CELLS: readonly CellValue[] = [];
const NO_FORMATS: readonly (string | null)[] = [];

function findTitle(grid: SheetGrid): { kind: TableKind; title: string; row: number } | undefined {
  for (let r = 0; r < Math.min(TITLE_SCAN_ROWS, grid.rowCount); r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const text = normaliseText(grid.value(r, c));
      if (text === "") continue;
      const kind = kindFromTitle(text);
      if (kind) return { kind, title: text, row: r };
    }
  }
  const byName = kindFromTitle(normaliseText(grid.sheet.name));
  return byName ? { kind: byName, title: normaliseText(grid.sheet.name), row: -1 } : undefined;
}

function rowTexts(grid: SheetGrid, row: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < grid.rowLength(row); c++) {
    const t = normaliseText(grid.value(row, c));
    if (t !== "") texts.push(t);
  }
  return texts;
}

/** First characters a NOTE can start with. */
const NOTE_FIRST = new Set(["备", "注", "说", "填"].map((ch) => ch.charCodeAt(0)));

/**
 * NOTE.test of a row's first non-blank normalised text, normalising only a text that may be a note: asked of every
 * row of a table. A text whose first character normalising keeps starts the same after normalising.
 */
function isNoteRow(grid: SheetGrid, row: number): boolean {
  for (let c = 0; c < grid.rowLength(row); c++) {
    const v = grid.value(row, c);
    if (v === null || v === "") continue;
    if (typeof v !== "string") return false; // a number or a boolean: never a note
    const first = v.charCodeAt(0);
    if (!normalisingChanges(first)) return NOTE_FIRST.has(first) && NOTE.test(normaliseText(v));
    const t = normaliseText(v);
    if (t !== "") return NOTE.test(t);
  }
  return false;
}

function isNumericCell(grid: SheetGrid, row: number, col: number): boolean {
  const v = grid.value(row, col);
  if (typeof v === "number") return true;
  return typeof v === "string" && readCellAmount(v).kind === "amount";
}

function findUnit(texts: readonly string[]): { unit: Unit; source: "stated" | "header" } | undefined {
  for (const t of texts) {
    const stated = /单位:?(万元|元)/.exec(t);
    if (stated) return { unit: stated[1] as Unit, source: "stated" };
  }
  for (const t of texts) {
    const header = /\((万元|元)\)/.exec(t);
    if (header) return { unit: header[1] as Unit, source: "header" };
  }
  return undefined;
}

function findYear(title: string): number | null {
  const match = /(20\d{2})年/.exec(title);
  return match ? Number(match[1]) : null;
}

function columnPaths(grid: SheetGrid, top: number, bottom: number, right: number): string[][] {
  const paths: string[][] = [];
  for (let c = 0; c <= right; c++) {
    const path: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = grid.text(r, c);
      if (t !== "" && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}

/** The side a summary column's top header names: 收入 / 支出, also as 本年收入 or 财政拨款支出 (Shanghai). */
function sideOf(path: readonly string[]): Side | undefined {
  const first = path[0] ?? "";
  const income = /^(本年|财政拨款)?收入$|^收入/.test(first);
  const expense = /^(本年|财政拨款)?支出$|^支出/.test(first);
  if (income && !expense) return "income";
  if (expense && !income) return "expense";
  return undefined;
}

/**
 * A summary table whose header names neither side (项目 | 预算数 | 项目 | 预算数): income is printed on the left, so
 * the columns from the first 项目 column are income and those from the second are expenditure.
 */
function unlabelledSides(columns: Column[]): Column[] {
  const labels = columns.filter((col) => col.role === "label");
  if (labels.length !== 2) return columns;
  const split = labels[1]!.col;
  return columns.map((col) =>
    col.col < labels[0]!.col ? col : { ...col, side: col.col < split ? ("income" as const) : ("expense" as const) },
  );
}

/** A bare 购置费 / 运行费 of a 三公 table whose 公务用车购置及运行费 header is stored once (no merge): the car's. */
function sangongPath(path: readonly string[]): readonly string[] {
  const leaf = path[path.length - 1] ?? "";
  return /^(购置|运行)/.test(leaf) && !path.some((p) => /公务用车/.test(p)) ? ["公务用车购置及运行费", leaf] : path;
}

/** Columns with roles; a joined "科目编码" header over three columns of short numbers becomes 类/款/项. */
function buildColumns(
  grid: SheetGrid,
  kind: TableKind,
  paths: string[][],
  dataTop: number,
  dataBottom: number,
): Column[] {
  const columns: Column[] = [];
  const summary = SUMMARY_KINDS.has(kind);
  let lastSide: Side | undefined;
  for (let c = 0; c < paths.length; c++) {
    const path = paths[c]!;
    // A merged 收入/支出 header stored once (no merge information) covers the columns to its right.
    const own = summary ? sideOf(path) : undefined;
    const side = own ?? lastSide;
    lastSide = side;
    const role = columnRole(own && path.length > 1 ? path.slice(1) : kind === "sangong" ? sangongPath(path) : path);
    if (role) columns.push({ col: c, role, path, ...(side && { side }) });
  }
  if (summary && !columns.some((col) => col.side)) return unlabelledSides(columns);
  const code = columns.find((col) => col.role === "code");
  if (code && !columns.some((col) => col.role === "code-class")) {
    const c = code.col;
    let shortNext = 0;
    let sample = 0;
    for (let r = dataTop; r <= Math.min(dataBottom, dataTop + 40); r++) {
      const a = normaliseText(grid.value(r, c));
      const b = normaliseText(grid.value(r, c + 1));
      if (a === "") continue;
      sample++;
      if (/^\d{3}$/.test(a) && /^\d{1,2}$/.test(b)) shortNext++;
    }
    if (sample > 0 && shortNext * 2 >= sample) {
      const roles = ["code-class", "code-kuan", "code-xiang"] as const;
      const split = columns.filter((col) => col.col < c || col.col > c + 2);
      roles.forEach((role, i) => split.push({ col: c + i, role, path: paths[c + i] ?? [] }));
      split.sort((x, y) => x.col - y.col);
      return split;
    }
  }
  // Only the first column of a role counts (merged headers repeated over several columns).
  const seen = new Set<string>();
  return columns.filter((col) => {
    const key = `${col.side ?? ""}:${col.role}`;
    if (isAmountRole(col.role) && seen.has(key) && col.role !== "amount") return false;
    seen.add(key);
    return true;
  });
}

const fast = new FastReading();

const SKIP = 0;
const READ = 1;
const READ_IF_NEW = 2;

/** How a list of columns is read, worked out once per list: per column its role, sheet column and step. */
interface AmountPlan {
  readonly roles: readonly AmountRole[];
  readonly cols: Int32Array;
  /** Skipped (no amount role), read, or read only when no earlier column of the same role gave an amount. */
  readonly steps: Uint8Array;
  /** Every column read, each its own role: a row of as many amounts holds them in the plan's roles and columns. */
  readonly straight: boolean;
}

/** How a list of columns is read, worked out once per list (the lists are the check's own). */
const planOf = oncePer((columns: readonly Column[]): AmountPlan => {
  const steps = new Uint8Array(columns.length);
  const seen = new Set<string>();
  for (let i = 0; i < columns.length; i++) {
    const role = columns[i]!.role;
    steps[i] = !isAmountRole(role) ? SKIP : seen.has(role) ? READ_IF_NEW : READ;
    seen.add(role);
  }
  const roles = columns.map((c) => c.role as AmountRole);
  const straight = steps.every((step) => step === READ);
  return { roles, cols: Int32Array.from(columns, (c) => c.col), steps, straight };
});

/**
 * Reads a row's amounts into the store as the row being read (the caller commits or clears it) and lists the
 * unreadable cells; returns the most decimals the amounts print (-1: none).
 */
function readAmounts(
  grid: SheetGrid,
  row: number,
  columns: readonly Column[],
  unreadable: UnreadableCell[],
  store: AmountStore,
  plan: AmountPlan = planOf(columns),
): number {
  store.clear();
  const values = grid.sheet.values[row] ?? NO_CELLS;
  const formats = grid.sheet.numberFormats?.[row] ?? NO_FORMATS;
  const { roles, cols, steps } = plan;
  let decimals = -1;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === SKIP) continue;
    const role = roles[i]!;
    if (step === READ_IF_NEW && store.has(role)) continue;
    const col = cols[i]!;
    const raw = values[col] ?? null;
    if (raw === null || raw === "") {
      store.setUnits(role, 0, col, true);
      continue;
    }
    const format = formats[col] ?? null;
    if (typeof raw === "number" ? fast.number(raw, format) : typeof raw === "string" && fast.text(raw)) {
      if (fast.decimals > decimals) decimals = fast.decimals;
      store.setUnits(role, fast.units, col, false);
      // Text read otherwise than digit by digit had spaces around it: a word cell for sheet-words.ts.
      if (typeof raw === "string" && !fast.plainText) store.holdsWordCells();
      continue;
    }
    const cell = cellAddress(row, col);
    const read = readCellAmount(raw, format);
    if (read.kind === "text") {
      unreadable.push({ cell, text: read.text });
      continue;
    }
    if (read.kind === "blank") {
      store.setUnits(role, 0, col, true);
      store.holdsWordCells(); // a blank that is not empty text (spaces)
      continue;
    }
    decimals = Math.max(decimals, read.decimals);
    store.set(role, {
      value: read.value,
      cell,
      row,
      col,
      blank: false,
      ...(read.stored && { stored: read.stored }),
    });
  }
  return decimals;
}

/** One cell's amount read as a column of its own (performance blocks, vertical 三公, overall targets). */
function readOneAmount(
  grid: SheetGrid,
  row: number,
  column: Column,
  unreadable: UnreadableCell[],
): { amount?: Amount; decimals: number } {
  const store = new AmountStore(1, 1);
  const decimals = readAmounts(grid, row, [column], unreadable, store);
  const amount = store.commit(row).get(column.role as AmountRole);
  return { ...(amount && { amount }), decimals };
}

interface CodeColumns {
  readonly cls: Column | undefined;
  readonly kuan: Column | undefined;
  readonly xiang: Column | undefined;
  readonly joined: Column | undefined;
}

/** Where a row's code is read from: found once per table, not once per row. */
function codeColumns(columns: readonly Column[]): CodeColumns {
  const find = (role: Column["role"]) => columns.find((c) => c.role === role);
  const [cls, kuan, xiang, joined] = [find("code-class"), find("code-kuan"), find("code-xiang"), find("code")];
  // Every field present, not spread in when found: the spread made objects whose maps V8's readCode kept deopting on.
  return { cls, kuan, xiang, joined };
}

/** The 类/款/项 cells of the row being read: one array, refilled per row (readSplitCode keeps none of it). */
const codeParts: CellValue[] = [null, null, null];

function readCode(cells: readonly CellValue[], { cls, kuan, xiang, joined }: CodeColumns): CodeText | undefined {
  if (cls) {
    codeParts[0] = cells[cls.col] ?? null;
    codeParts[1] = kuan ? (cells[kuan.col] ?? null) : null;
    codeParts[2] = xiang ? (cells[xiang.col] ?? null) : null;
    return readSplitCode(codeParts);
  }
  return joined ? readJoinedCode(cells[joined.col] ?? null) : undefined;
}

/** The body of a table being read: its columns, its rows top…bottom, and the list unreadable cells go to. */
interface Body {
  readonly grid: SheetGrid;
  readonly columns: readonly Column[];
  readonly top: number;
  readonly bottom: number;
  readonly unreadable: UnreadableCell[];
}

/** The rows read from a body, and the most decimals their amounts print (-1: none yet). */
class BodyRows {
  decimals = -1;
  /** Made at the body's length: a list grown by push leaves a copy behind at every growth (20,000 lines). */
  private readonly list: Row[];
  private count = 0;

  constructor(capacity: number) {
    this.list = new Array<Row>(capacity);
  }

  add(row: Row, decimals: number): void {
    if (decimals > this.decimals) this.decimals = decimals;
    if (this.count < this.list.length) this.list[this.count] = row;
    else this.list.push(row);
    this.count++;
  }

  /** The rows read (the list cut to them). */
  get rows(): Row[] {
    this.list.length = this.count;
    return this.list;
  }
}

/** A 项目编码 in the unit-code column: 8 or more digits, spaces allowed. */
const PROJECT_CODE = /^\d[\d\s]{7,}$/;

/**
 * Which code texts are a 合计 / 总计 label written in the code cells, and that label: worked out once per distinct
 * text (a table repeats a few dozen codes over thousands of lines, as the same strings).
 */
class TotalCodes {
  private readonly known = new Map<string, string | null>();

  /** The normalised label when the code text is a total's; undefined otherwise. */
  labelOf(raw: string): string | undefined {
    let label = this.known.get(raw);
    if (label === undefined) {
      const text = normaliseText(raw);
      label = TOTAL_LABEL.test(text) ? text : null;
      this.known.set(raw, label);
    }
    return label ?? undefined;
  }
}

const NO_FACTS: LineFacts = {
  kind: "item",
  label: "",
  code: undefined,
  codeCol: -1,
  govCode: undefined,
  govName: undefined,
  unitCode: undefined,
};

function lineRows({ grid, columns, top, bottom, unreadable }: Body): BodyRows {
  const read = new BodyRows(bottom - top + 1);
  const nameCol = columns.find((c) => c.role === "name" || c.role === "label");
  const unitCol = columns.find((c) => c.role === "unit-code");
  const govCol = columns.find((c) => c.role === "gov-code");
  const govNameCol = columns.find((c) => c.role === "gov-name");
  const labelCols = columns.filter((c) => !isAmountRole(c.role)).map((c) => c.col);
  const codeCols = codeColumns(columns);
  const codeCol = (codeCols.cls ?? codeCols.joined)?.col ?? -1;
  const amountCols = columns.filter((c) => isAmountRole(c.role));
  const plan = planOf(amountCols);
  // One store for the lines: parallel lists and typed arrays instead of objects per line (line-store.ts).
  const lines = new LineStore(
    amountCols.length,
    bottom - top + 1,
    nameCol ? nameCol.col : -1,
    govCol ? govCol.col : -1,
  );
  if (plan.straight) lines.expectLayout(plan.roles, plan.cols);
  const totalCodes = new TotalCodes();
  const facts: LineFacts = { ...NO_FACTS };
  for (let r = top; r <= bottom; r++) {
    // The row's cells read from their list directly: a line reads a dozen of them.
    const cells = grid.sheet.values[r] ?? NO_CELLS;
    let code = readCode(cells, codeCols);
    let col = codeCol;
    const name = nameCol ? normaliseText(cells[nameCol.col]) : "";
    let label = name;
    for (let i = 0; label === "" && i < labelCols.length; i++) label = normaliseText(cells[labelCols[i]!]);
    let unitCode: string | undefined;
    let kind: Row["kind"] | undefined;
    // A plain code's raw text is digits and "|": no total's label, and no lookup of it per line.
    const totalLabel = code && !isPlainCode(code) ? totalCodes.labelOf(code.raw) : undefined;
    if (totalLabel !== undefined) {
      label = totalLabel;
      code = undefined;
    }
    const unitText = unitCol ? normaliseText(cells[unitCol.col]) : "";
    if (!code && TOTAL_LABEL.test(label)) kind = "total";
    else if (code && isUnitCode(code.code)) {
      unitCode = code.code;
      code = undefined;
      kind = "unit";
    } else if (code) kind = "code";
    else if (unitText !== "" && isUnitCode(unitText)) {
      unitCode = unitText;
      kind = "unit";
    } else if (unitText !== "" && PROJECT_CODE.test(unitText) && unitCol) {
      code = readJoinedCode(cells[unitCol.col] ?? null);
      col = unitCol.col;
      kind = "project";
    }
    if (kind === "code" && unitText !== "" && isUnitCode(unitText)) unitCode = unitText;
    const decimals = readAmounts(grid, r, amountCols, unreadable, lines, plan);
    if (!kind) {
      // Tables without a label column (三公) hold bare amount rows.
      const bare = !nameCol && labelCols.length === 0;
      if ((label === "" && !bare) || !lines.readingHasNonBlank()) {
        lines.clear();
        continue;
      }
      kind = "item";
    }
    const govCode = govCol ? readJoinedCode(cells[govCol.col] ?? null) : undefined;
    const govName = govNameCol ? normaliseText(cells[govNameCol.col]) : undefined;
    facts.kind = kind;
    facts.label = label;
    facts.code = code;
    facts.codeCol = col;
    facts.govCode = govCode;
    facts.govName = govName;
    facts.unitCode = unitCode;
    read.add(lines.add(r, facts), decimals);
  }
  return read;
}

function summaryRows({ grid, columns, top, bottom, unreadable }: Body): BodyRows {
  const read = new BodyRows(bottom - top + 1);
  for (const side of ["income", "expense"] as const) {
    const sideCols = columns.filter((c) => c.side === side);
    const labelCol = sideCols.find((c) => c.role === "label" || c.role === "name");
    const amountCols = sideCols.filter((c) => isAmountRole(c.role));
    if (!labelCol || amountCols.length === 0) continue;
    const store = new AmountStore(amountCols.length, bottom - top + 1);
    for (let r = top; r <= bottom; r++) {
      const label = normaliseText(grid.value(r, labelCol.col));
      const decimals = readAmounts(grid, r, amountCols, unreadable, store);
      if (label === "" && !store.readingHasNonBlank()) {
        store.clear();
        continue;
      }
      const row: Row = {
        row: r,
        side,
        kind: TOTAL_LABEL.test(label) || /合计|总计/.test(label) ? "total" : "item",
        label,
        labelCell: cellAddress(r, labelCol.col),
        amounts: store.commit(r),
      };
      read.add(row, decimals);
    }
  }
  return read;
}

/** A 项目绩效目标表 printed one block per project (performance-blocks.ts). */
function blockRows(grid: SheetGrid, top: number, bottom: number, unreadable: UnreadableCell[]) {
  const mine: UnreadableCell[] = [];
  const found = performanceBlocks({
    top,
    bottom,
    rowLength: (r) => grid.rowLength(r),
    text: (r, c) => normaliseText(grid.value(r, c)),
    isAmount: (r, c) => isNumericCell(grid, r, c),
    amount: (r, column) => readOneAmount(grid, r, column, mine),
  });
  if (found) unreadable.push(...mine);
  return found;
}

/** A 三公 table with one item per row, read as the one row of the usual layout (vertical-sangong.ts). */
function verticalRows({ grid, columns, top, bottom, unreadable }: Body): { rows: Row[]; decimals: number } | undefined {
  // Unreadable cells count only when the table is read this way (otherwise lineRows lists them).
  const mine: UnreadableCell[] = [];
  const found = verticalSangongRow({
    columns,
    top,
    bottom,
    text: (r, c) => normaliseText(grid.value(r, c)),
    amount: (r, column) => readOneAmount(grid, r, column, mine),
  });
  if (!found) return undefined;
  for (const cell of mine) unreadable.push(cell); // one by one: a spread of many cells overflows the stack
  return { rows: [found.row], decimals: found.decimals };
}

const OVERALL_LABELS: readonly (readonly [RegExp, AmountRole])[] = [
  [/预算总额/, "total"],
  [/政府预算资金/, "general"],
  [/财政专户/, "special-account"],
  [/单位资金/, "unit-funds"],
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
];

/** 整体绩效目标表: label / value pairs ("部门预算总额（万元） … 1261.66"). */
function overallRows(grid: SheetGrid, top: number, bottom: number) {
  const found: { row: number; labelCol: number; label: string; role: AmountRole; valueCol?: number }[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const text = normaliseText(grid.value(r, c));
      const match = OVERALL_LABELS.find(([p]) => p.test(text));
      if (!match || text.length > 30) continue;
      let valueCol: number | undefined;
      for (let k = c + 1; k < grid.rowLength(r); k++) {
        if (isNumericCell(grid, r, k)) {
          valueCol = k;
          break;
        }
      }
      found.push({ row: r, labelCol: c, label: text, role: match[1], ...(valueCol !== undefined && { valueCol }) });
      break;
    }
  }
  const defaultCol = found.find((f) => f.valueCol !== undefined)?.valueCol;
  const rows: Row[] = [];
  let decimals = -1;
  const store = new AmountStore(1, found.length);
  for (const f of found) {
    const col = f.valueCol ?? defaultCol;
    if (col === undefined) continue;
    const column: Column = { col, role: f.role, path: [f.label] };
    decimals = Math.max(decimals, readAmounts(grid, f.row, [column], [], store));
    rows.push({
      row: f.row,
      kind: "item",
      label: f.label,
      labelCell: cellAddress(f.row, f.labelCol),
      amounts: store.commit(f.row),
    });
  }
  return { rows, decimals };
}

export function recogniseSheet(sheet: SheetSnapshot): SheetRecognition {
  const grid = sheetGrid(sheet);
  // A map: few rows are asked for (title, header, the last rows), and the last first.
  const rowTextCache = new Map<number, string[]>();
  const textsOf = (row: number): string[] => {
    let texts = rowTextCache.get(row);
    if (texts === undefined) rowTextCache.set(row, (texts = rowTexts(grid, row)));
    return texts;
  };
  let lastRow = grid.rowCount - 1;
  while (lastRow >= 0 && textsOf(lastRow).length === 0) lastRow--;
  if (lastRow < 0) return { ok: false, reason: "empty" };
  const title = findTitle(grid);
  if (!title) return { ok: false, reason: "no-title" };
  const { kind } = title;
  const year = findYear(title.title);
  const continued = /续/.test(title.title) || /续/.test(sheet.name);

  let headerTop = title.row + 1;
  while (headerTop <= lastRow && (textsOf(headerTop).length === 0 || textsOf(headerTop).some((t) => META.test(t))))
    headerTop++;
  const metaTexts: string[] = [title.title];
  for (let r = Math.max(0, title.row); r < headerTop; r++) metaTexts.push(...textsOf(r));

  if (kind === "narrative") {
    return {
      ok: true,
      table: {
        ...baseTable(
          sheet.name,
          kind,
          title.title,
          year,
          headerTop,
          headerTop - 1,
          headerTop,
          lastRow,
          0,
          [],
          [],
          2,
          [],
          [],
          continued,
        ),
        top: Math.max(0, title.row),
        bottom: lastRow,
        right: maxRight(grid, 0, lastRow),
      },
    };
  }

  // Notes end the table: the first line starting 备注 / 注：… and everything under it.
  let noteTop = lastRow + 1;
  for (let r = headerTop; r <= lastRow; r++) {
    if (isNoteRow(grid, r)) {
      noteTop = r;
      break;
    }
  }
  const notes: { cell: string; text: string }[] = [];
  for (let r = noteTop; r <= lastRow; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const t = normaliseText(grid.value(r, c));
      if (t !== "") {
        notes.push({ cell: cellAddress(r, c), text: t });
        break;
      }
    }
  }
  const bottom = noteTop - 1;

  let dataTop = -1;
  for (let r = headerTop; r <= bottom && dataTop < 0; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      if (isNumericCell(grid, r, c)) {
        dataTop = r;
        break;
      }
    }
  }
  if (dataTop < 0) {
    // An empty table (no amount anywhere): its header ends at the first blank ruled row, if one comes before 合计.
    for (let r = headerTop + 1; r <= bottom && dataTop < 0; r++) {
      if (textsOf(r).length === 0) dataTop = r;
      else if (TOTAL_LABEL.test(textsOf(r)[0] ?? "")) break;
    }
  }
  if (dataTop < 0) {
    for (let r = headerTop + 1; r <= bottom; r++)
      if (TOTAL_LABEL.test(textsOf(r)[0] ?? "")) {
        dataTop = r;
        break;
      }
  }
  if (dataTop < 0) dataTop = Math.min(headerTop + 1, bottom + 1);
  // Blank ruled rows between the header and the first amount (an almost empty table with only its 合计 filled)
  // belong to the body: the header ends at the first row blank even with merged cells filled in.
  for (let r = headerTop + 1; r < dataTop; r++) {
    if (textsOf(r).length > 0) continue;
    let blank = true;
    for (let c = 0; blank && c < Math.max(grid.rowLength(r), grid.rowLength(headerTop)); c++)
      blank = grid.text(r, c) === "";
    if (blank) {
      dataTop = r;
      break;
    }
  }
  if (kind !== "performance-overall") headerTop = Math.max(headerTop, dataTop - 4);
  const headerBottom = dataTop - 1;

  let right = 0;
  for (let r = headerTop; r <= lastRow; r++) right = Math.max(right, grid.rowLength(r) - 1);

  const headerTexts: string[] = [];
  for (let r = headerTop; r <= headerBottom; r++) headerTexts.push(...textsOf(r));
  const unit =
    findUnit(metaTexts) ??
    findUnit(headerTexts) ??
    (kind === "performance-overall" || kind === "performance-project"
      ? findUnit([dataTop, ...range(dataTop, bottom)].flatMap((r) => textsOf(r))) // no call spread: rows can be many
      : undefined);

  const unreadable: UnreadableCell[] = [];
  let columns: Column[] = [];
  let read: { rows: Row[]; decimals: number };
  // Blocks start right under the title: a block's 项目名称 line may sit well above its first amount.
  const blocks = kind === "performance-project" ? blockRows(grid, title.row + 1, bottom, unreadable) : undefined;
  if (kind === "performance-overall") {
    read = overallRows(grid, headerTop, bottom);
  } else if (blocks) {
    read = blocks;
  } else {
    const paths = columnPaths(grid, headerTop, headerBottom, right);
    columns = buildColumns(grid, kind, paths, dataTop, bottom);
    const body: Body = { grid, columns, top: dataTop, bottom, unreadable };
    read = SUMMARY_KINDS.has(kind)
      ? summaryRows(body)
      : ((kind === "sangong" ? verticalRows(body) : undefined) ?? lineRows(body));
  }
  const table = baseTable(
    sheet.name,
    kind,
    title.title,
    year,
    headerTop,
    headerBottom,
    dataTop,
    bottom,
    right,
    columns,
    read.rows,
    read.decimals < 0 ? 2 : read.decimals,
    notes,
    unreadable,
    continued,
  );
  const placed = {
    ...table,
    top: Math.max(0, title.row),
    bottom: lastRow,
    right: Math.max(right, maxRight(grid, Math.max(0, title.row), lastRow)),
  };
  return { ok: true, table: unit ? { ...placed, unit: unit.unit, unitSource: unit.source } : placed };
}

function maxRight(grid: SheetGrid, from: number, to: number): number {
  let right = 0;
  for (let r = from; r <= to; r++) {
    for (let c = grid.rowLength(r) - 1; c > right; c--) {
      if (normaliseText(grid.value(r, c)) !== "") {
        right = c;
        break;
      }
    }
  }
  return right;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) out.push(r);
  return out;
}

function baseTable(
  sheet: string,
  kind: TableKind,
  title: string,
  year: number | null,
  headerTop: number,
  headerBottom: number,
  dataTop: number,
  dataBottom: number,
  right: number,
  columns: Column[],
  rows: Row[],
  decimals: number,
  notes: { cell: string; text: string }[],
  unreadable: UnreadableCell[],
  continued: boolean,
): Omit<DraftTable, "top" | "bottom"> {
  return {
    sheet,
    kind,
    title,
    year,
    headerTop,
    headerBottom,
    dataTop,
    dataBottom,
    right,
    columns,
    rows,
    decimals,
    notes,
    unreadable,
    ...(continued && { continued }),
  };
}
