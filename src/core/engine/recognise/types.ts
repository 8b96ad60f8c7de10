/** What the recogniser finds in a workbook: which table each sheet holds, its columns and its rows. */
import type { Dec } from "../../money";
import type { SheetSnapshot } from "../../grid/snapshot";
import type { TableKind } from "./kinds";
import type { TextSection } from "./text-sections";

export type { TableKind } from "./kinds";
export type { TextSection, TextSectionKind } from "./text-sections";
export type Unit = "万元" | "元";
export type DetectedProfile = "henan" | "shanghai" | "national";

/** Where the unit came from: the 单位 line, a header ("项目金额（万元）"), or the other tables (assumed). */
export type UnitSource = "stated" | "header" | "assumed";

/** Which side of a two-sided summary table a column or row belongs to. */
export type Side = "income" | "expense";

/**
 * What a column holds. Amount roles name the quantity ("total" = 合计, "basic" = 基本支出 小计, "wages" = 工资福利支出 …);
 * "code*" and "name" columns describe the row.
 */
export type ColumnRole =
  | "code" // joined classification code (功能分类 or 部门经济分类)
  | "code-class"
  | "code-kuan"
  | "code-xiang"
  | "gov-code" // 政府预算支出经济分类 code
  | "gov-name"
  | "unit-code"
  | "name"
  | "label" // summary-table 项目 column
  | AmountRole;

export const AMOUNT_ROLES = [
  "total",
  "basic",
  "personnel",
  "wages",
  "family",
  "public",
  "goods",
  "capital",
  "project",
  "project-operating",
  "project-specific",
  "general",
  "general-fiscal", // 其中：财政拨款 (part of general, never added)
  "gov-fund",
  "state-capital",
  "special-account", // 财政专户管理资金
  "business", // 事业收入
  "operating", // 事业单位经营收入
  "superior", // 上级补助收入
  "subsidiary", // 附属单位上缴收入
  "other-income",
  "carryover", // 上年结转（结余）
  "unit-funds", // 单位资金
  "other-funds", // 其他资金 (项目绩效目标表)
  "abroad",
  "car",
  "car-purchase",
  "car-running",
  "reception",
  "office-running", // 机关运行经费
  "amount", // a single 金额 column
] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

const AMOUNT_ROLE_SET: ReadonlySet<string> = new Set(AMOUNT_ROLES);

export function isAmountRole(role: ColumnRole): role is AmountRole {
  return AMOUNT_ROLE_SET.has(role);
}

export interface Column {
  readonly col: number;
  readonly role: ColumnRole;
  /** The header words from top to bottom, normalised ("基本支出 > 人员经费 > 工资福利支出"). */
  readonly path: readonly string[];
  readonly side?: Side;
}

/** An amount as the cell displays it. */
export interface Amount {
  readonly value: Dec;
  /** value × 10^4 as an exact integer when the cell took the fast path (fast-amount.ts); undefined otherwise. */
  readonly units?: number;
  /** A1 address. */
  readonly cell: string;
  /** The sheet, when it is not the table's own (rows of a 续表 merged into its table). */
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
  /** The stored value when the display rounds it. */
  readonly stored?: Dec;
  /** True when the cell is blank (judged as 0). */
  readonly blank: boolean;
}

export type RowKind =
  | "total" // 合计 / 总计 / 本年收入合计 …
  | "unit" // 101, 101001
  | "code" // a classified line (functional or economic code)
  | "project" // a project line (项目编码)
  | "item"; // a labelled line of a summary table

/** A code as read, joined and normalised ("201", "28", "1" → "2012801"). */
export interface RowCode {
  readonly code: string;
  /** What the cells said, joined with "|" when split. */
  readonly raw: string;
  readonly cell: string;
  /** Normalisations applied (lost leading zero, stray spaces, brackets). */
  readonly repaired: readonly ("leading-zero" | "spaces" | "decorated")[];
  /** The text is not a valid code (wrong length, letters). */
  readonly malformed: boolean;
}

export interface Row {
  readonly row: number;
  readonly kind: RowKind;
  readonly side?: Side;
  /** Normalised label (name or 项目 text). */
  readonly label: string;
  readonly labelCell?: string;
  readonly code?: RowCode;
  readonly govCode?: RowCode;
  readonly govName?: string;
  readonly unitCode?: string;
  /** The 类 code a summary-table class line stands for, by position or by name (class-codes.ts). */
  readonly classCode?: string;
  readonly amounts: ReadonlyMap<AmountRole, Amount>;
}

/** A cell whose text is not an amount although it sits in an amount column. */
export interface UnreadableCell {
  readonly cell: string;
  readonly text: string;
}

export interface RecognisedTable {
  readonly sheet: string;
  readonly kind: TableKind;
  readonly title: string;
  readonly profile: DetectedProfile;
  readonly unit: Unit;
  readonly unitSource: UnitSource;
  readonly year: number | null;
  /** 0-based rows the table occupies on its sheet, title and notes included. */
  readonly top: number;
  readonly bottom: number;
  /** 0-based rows: header block and data block (inclusive). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly dataTop: number;
  readonly dataBottom: number;
  /** Rightmost used column (0-based). */
  readonly right: number;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Decimals the table prints amounts with (the largest among its cells). */
  readonly decimals: number;
  /** Note lines under the table (备注 / 注：…), normalised. */
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
  readonly unreadable: readonly UnreadableCell[];
  /** True for a sheet that continues the previous table (续表): its rows are merged into that table. */
  readonly continued?: boolean;
}

export interface UnrecognisedSheet {
  readonly sheet: string;
  readonly reason: "no-title" | "empty";
}

export interface RecognisedWorkbook {
  readonly tables: readonly RecognisedTable[];
  readonly unrecognised: readonly UnrecognisedSheet[];
  /** Text sections that are no table (封面, 目录, 主要职能, 机构设置, 名词解释): recognised, not checked as tables. */
  readonly textSections?: readonly TextSection[];
  /** Sheets by name, for rules that read cells directly (placeholders, narrative). */
  readonly sheets: ReadonlyMap<string, SheetSnapshot>;
  readonly year: number | null;
  readonly profile: DetectedProfile;
}
