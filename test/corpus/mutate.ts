/**
 * One-change copies of a workbook snapshot (issue #12's mutation measure) and the controls that must change nothing.
 *
 * Targets come from the snapshot itself — every number cell of every sheet, every figure in the text sheets, every
 * 项 code and every classified name — never from what the engine recognised, so a table the engine failed to read
 * still counts against it.
 */
import { Dec } from "../../src/core/money";
import { cellAddress } from "../../src/core/grid/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid/snapshot";

export type MutationCategory = "amount" | "percent" | "narrative-amount" | "narrative-percent" | "code" | "name";

export interface Mutation {
  readonly category: MutationCategory;
  readonly sheet: string;
  /** 0-based position of the changed cell. */
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly after: CellValue;
  /** What was changed and by how much, for the report of uncaught cells. */
  readonly change: string;
  /** For a figure in the text: the number as printed before the change ("24,558.18"). */
  readonly figure?: string;
}

type Unit = "元" | "万元" | "亿元";

/** The stated amounts: +100 元 or +1.00 万元 per the sheet's unit (亿元: +0.01, one unit of its last printed digit). */
const AMOUNT_STEP: Record<Unit, string> = { 元: "100", 万元: "1", 亿元: "0.01" };

const UNIT_LINE = /单位\s*[:：]\s*(亿元|万元|元)/;

/** The sheet's unit from its 单位 line (or a header "（万元）") in the first rows; else the workbook's, else 万元. */
function sheetUnit(sheet: SheetSnapshot): Unit | undefined {
  for (const row of sheet.values.slice(0, 6))
    for (const value of row) {
      if (typeof value !== "string") continue;
      const unit = UNIT_LINE.exec(value)?.[1] ?? /[（(](亿元|万元|元)[）)]/.exec(value)?.[1];
      if (unit) return unit as Unit;
    }
  return undefined;
}

function workbookUnit(workbook: WorkbookSnapshot): Unit {
  const units = workbook.sheets.map(sheetUnit).filter((u): u is Unit => u !== undefined);
  return units.includes("元") && units.filter((u) => u === "元").length * 2 >= units.length ? "元" : "万元";
}

function hasNumbers(sheet: SheetSnapshot): boolean {
  return sheet.values.some((row) => row.some((v) => typeof v === "number"));
}

function isPercentFormat(sheet: SheetSnapshot, row: number, col: number): boolean {
  return (sheet.numberFormats?.[row]?.[col] ?? "").includes("%");
}

function plus(value: number, step: string): number {
  return Number(new Dec(value).plus(step).toString());
}

/** Every number cell of every sheet: +100 元 / +1.00 万元 per the sheet's unit; a percentage cell by 1 point. */
function amountMutations(workbook: WorkbookSnapshot): Mutation[] {
  const fallback = workbookUnit(workbook);
  const out: Mutation[] = [];
  for (const sheet of workbook.sheets) {
    const unit = sheetUnit(sheet) ?? fallback;
    sheet.values.forEach((values, row) =>
      values.forEach((value, col) => {
        if (typeof value !== "number") return;
        const percent = isPercentFormat(sheet, row, col);
        const step = percent ? "0.01" : AMOUNT_STEP[unit];
        const after = plus(value, step);
        out.push({
          category: percent ? "percent" : "amount",
          sheet: sheet.name,
          row,
          col,
          cell: cellAddress(row, col),
          after,
          change: `${value} → ${after} (${percent ? "+1 point" : `+${step} ${unit}`})`,
        });
      }),
    );
  }
  return out;
}

/** A figure in running text: digits (thousands commas allowed), decimals, then a unit or %. */
const FIGURE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|元|万|%|％)/g;

function stepFor(unit: string): string {
  if (unit === "%" || unit === "％") return "1";
  if (unit === "元") return "100";
  if (unit === "亿元") return "0.01";
  return "1"; // 万元, 万
}

/** The figure plus its step, printed as the text printed it: the same decimals, commas where it had commas. */
function shiftFigure(integer: string, decimals: string | undefined, unit: string): string {
  const places = decimals?.length ?? 0;
  const value = new Dec(`${integer.replace(/,/g, "")}${decimals ? `.${decimals}` : ""}`).plus(stepFor(unit));
  const [whole = "0", fraction] = value.toFixed(places).split(".");
  const grouped = integer.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Every figure of every text sheet (a sheet with no number cell: the narrative, 封面, 目录, project sheets). */
function narrativeMutations(workbook: WorkbookSnapshot): Mutation[] {
  const out: Mutation[] = [];
  for (const sheet of workbook.sheets) {
    if (hasNumbers(sheet)) continue;
    sheet.values.forEach((values, row) =>
      values.forEach((value, col) => {
        if (typeof value !== "string") return;
        let ordinal = 0;
        for (const match of value.matchAll(FIGURE)) {
          ordinal += 1;
          const [text, integer = "", decimals, unit = ""] = match;
          const start = match.index ?? 0;
          const number = text.slice(0, text.length - unit.length).trimEnd();
          const shifted = shiftFigure(integer, decimals, unit);
          const after = value.slice(0, start) + shifted + value.slice(start + number.length);
          const percent = unit === "%" || unit === "％";
          out.push({
            category: percent ? "narrative-percent" : "narrative-amount",
            sheet: sheet.name,
            row,
            col,
            cell: cellAddress(row, col),
            after,
            change: `figure ${ordinal}: ${number}${unit} → ${shifted}${unit} (${percent ? "+1 point" : `+${stepFor(unit)} ${unit}`})`,
            figure: number,
          });
        }
      }),
    );
  }
  return out;
}

/** A code row: codes as text in split 类/款(/项) columns, or one joined code (5-digit 款, 7-digit 项); its name cell. */
interface CodeRow {
  readonly row: number;
  /** The column holding the 项 code (split: its two digits; joined: all seven), if the row is at 项 level. */
  readonly leafCol?: number;
  /** The whole code as printed, joined. */
  readonly code: string;
  readonly nameCol?: number;
}

const isDigits = (value: CellValue, n: number): value is string =>
  typeof value === "string" && new RegExp(`^\\d{${n}}$`).test(value.trim());

/** Rows that carry a classification code, found from the cells alone. */
export function codeRows(sheet: SheetSnapshot): CodeRow[] {
  const out: CodeRow[] = [];
  sheet.values.forEach((values, row) => {
    const first = values.findIndex((v) => isDigits(v, 3) || isDigits(v, 5) || isDigits(v, 7));
    if (first < 0) return;
    const head = values[first] as string;
    let code = head.trim();
    let last = first;
    if (code.length === 3)
      for (let col = first + 1; col <= first + 2 && isDigits(values[col] ?? null, 2); col++) {
        code += (values[col] as string).trim();
        last = col;
      }
    // A split row may leave the 款/项 cells blank (a 类 row): its name is after the blank code columns.
    let nameCol = values.findIndex((v, col) => col > last && typeof v === "string" && !/^\d+$/.test(v.trim()));
    if (nameCol < 0) nameCol = -1;
    const leafCol = code.length === 7 ? last : undefined;
    out.push({ row, code, ...(leafCol !== undefined && { leafCol }), ...(nameCol >= 0 && { nameCol }) });
  });
  return out;
}

/** A 项 code's last digit, turned to the first digit that names no other 项 of the same sheet. */
function codeMutations(workbook: WorkbookSnapshot): Mutation[] {
  const out: Mutation[] = [];
  for (const sheet of workbook.sheets) {
    const rows = codeRows(sheet);
    const codes = new Set(rows.map((r) => r.code));
    for (const r of rows) {
      if (r.leafCol === undefined) continue;
      const printed = String(sheet.values[r.row]?.[r.leafCol]).trim();
      const last = Number(printed.slice(-1));
      for (let k = 1; k <= 9; k++) {
        const digit = String((last + k) % 10);
        const code = r.code.slice(0, -1) + digit;
        if (codes.has(code)) continue;
        const after = printed.slice(0, -1) + digit;
        out.push({
          category: "code",
          sheet: sheet.name,
          row: r.row,
          col: r.leafCol,
          cell: cellAddress(r.row, r.leafCol),
          after,
          change: `项 ${r.code} → ${code}`,
        });
        break;
      }
    }
  }
  return out;
}

/** A classified row's name, turned to the name of the next row of the same level (another official name). */
function nameMutations(workbook: WorkbookSnapshot): Mutation[] {
  const out: Mutation[] = [];
  for (const sheet of workbook.sheets) {
    const rows = codeRows(sheet).filter((r) => r.nameCol !== undefined);
    rows.forEach((r, i) => {
      const name = String(sheet.values[r.row]?.[r.nameCol!]);
      for (let k = 1; k < rows.length; k++) {
        const other = rows[(i + k) % rows.length]!;
        const otherName = String(sheet.values[other.row]?.[other.nameCol!]);
        if (other.code.length !== r.code.length || otherName === name) continue;
        out.push({
          category: "name",
          sheet: sheet.name,
          row: r.row,
          col: r.nameCol!,
          cell: cellAddress(r.row, r.nameCol!),
          after: otherName,
          change: `${r.code} ${name} → ${otherName}`,
        });
        return;
      }
    });
  }
  return out;
}

/** Every one-change copy the workbook allows, in sheet order. */
export function mutations(workbook: WorkbookSnapshot): Mutation[] {
  return [
    ...amountMutations(workbook),
    ...narrativeMutations(workbook),
    ...codeMutations(workbook),
    ...nameMutations(workbook),
  ];
}

/**
 * At most `budget` mutations, spread evenly over each category in proportion to its size (at least one of each),
 * the same ones on every run: the whole corpus run has to fit in about a minute.
 */
export function sample(all: readonly Mutation[], budget: number): Mutation[] {
  if (all.length <= budget) return [...all];
  const byCategory = new Map<MutationCategory, Mutation[]>();
  for (const m of all) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  const out: Mutation[] = [];
  for (const list of byCategory.values()) {
    const quota = Math.max(1, Math.round((budget * list.length) / all.length));
    for (let i = 0; i < Math.min(quota, list.length); i++) out.push(list[Math.floor((i * list.length) / quota)]!);
  }
  return out;
}

function withCell(sheet: SheetSnapshot, row: number, col: number, value: CellValue): SheetSnapshot {
  const values = sheet.values.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));
  return { ...sheet, values };
}

/** The copy with the one change. */
export function applyMutation(workbook: WorkbookSnapshot, m: Mutation): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => (s.name === m.sheet ? withCell(s, m.row, m.col, m.after) : s)),
  };
}

/** Control: every amount stored as text, as it displays ("91,016,775.35"). */
export function amountsAsText(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((values, row) =>
        values.map((v, col) => {
          if (typeof v !== "number") return v;
          const places = /0\.(0+)/.exec(sheet.numberFormats?.[row]?.[col] ?? "")?.[1]?.length ?? 2;
          if (isPercentFormat(sheet, row, col)) return `${new Dec(v).times(100).toFixed(places)}%`;
          const [whole = "0", fraction] = new Dec(v).toFixed(places).split(".");
          const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
          return fraction === undefined ? grouped : `${grouped}.${fraction}`;
        }),
      ),
    })),
  };
}

/** Control: the sheets in reverse order. */
export function sheetsReordered(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { ...workbook, sheets: [...workbook.sheets].reverse() };
}

/** Control: every printed code stored as a number ("03" → 3, "2013101" → 2013101), as some files have them. */
export function codesAsNumbers(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      const rows = new Map(codeRows(sheet).map((r) => [r.row, r]));
      return {
        ...sheet,
        values: sheet.values.map((values, row) =>
          rows.has(row)
            ? values.map((v, col) =>
                col < (rows.get(row)!.nameCol ?? values.length) && typeof v === "string" && /^\d{2,7}$/.test(v.trim())
                  ? Number(v)
                  : v,
              )
            : values,
        ),
      };
    }),
  };
}
