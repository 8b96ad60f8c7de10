import type {
  AcceptedFinding,
  CheckOptions,
  CellRef,
  Report,
  ReportInput,
  CellValue,
  Language,
  Settings,
  SettingsOutcome,
} from "../../core";
import type { CatalogChoice, PreviewWindow } from "../model";

/** A checked workbook: its report in a language, and the sheet order the list groups by. */
export interface CheckedWorkbook {
  readonly sheetOrder: readonly string[];
  /**
   * The browser builds the report in any language at once; Excel's results come in the language they were made in
   * (the notes on the cells are in it too), and the pane checks again when the language changes.
   */
  report(language: Language): Report;
  /**
   * What the report workbook's summary says of the workbook beside the counts, when the host ran the engine itself
   * (browser mode): the body on its 编制部门/编制单位 line and the budget year, found as the command line finds them.
   */
  readonly about?: { readonly body?: string; readonly year: number | null };
  /** The engine's findings behind the report (same order): the list words its sentences from them. */
  readonly input?: ReportInput;
  /** The text a cell holds, when the host has the workbook at hand (browser mode): quotes are shown as written. */
  readonly cellText?: (sheet: string, cell: string) => string | undefined;
  /** Excel: how many syncs reading the cells took (more than 1 past Office's 5 MB payload limit). */
  readonly cellSyncs?: number;
  /** Excel: the marks record held something unexpected, ignored (the whole part, or this many entries). */
  readonly recordIgnored?: { readonly whole: boolean; readonly entries: number };
  /** What the workbook stores (accepted findings, settings); the report has the acceptances applied. */
  readonly stored?: {
    readonly accepted: readonly AcceptedFinding[];
    readonly settings?: SettingsOutcome;
  };
}

/** What Excel says while a validation started anywhere (ribbon or pane) runs or ends. */
export interface HostUpdate {
  readonly busy: boolean;
  readonly checked?: CheckedWorkbook;
  /** A failure in plain words (Excel's own message, or the requirement sets missing). */
  readonly problem?:
    | { readonly kind: "unsupported"; readonly missing: readonly string[] }
    | { readonly kind: "failed"; readonly message: string };
}

/**
 * What the pane needs from where it runs. Excel selects cells in the workbook and writes the report sheet; the
 * browser keeps the opened file in the page and shows a cell as a small preview.
 */
export interface PaneHost {
  readonly kind: "excel" | "browser";
  /**
   * Runs the engine on the current workbook (Excel also marks the cells, with notes in `language`). `catalog` is the
   * choice behind `options.catalog`, for a host that checks in a worker, where a catalog object cannot be sent.
   */
  check(options: CheckOptions, language: Language, catalog?: CatalogChoice): Promise<CheckedWorkbook>;
  /** Names of the workbook's sheets, in order (to pick the sheet holding an official catalog). */
  sheetNames(): Promise<readonly string[]>;
  /** The values of one sheet from A1, undefined when there is no such sheet. */
  sheetValues(sheet: string): Promise<readonly (readonly CellValue[])[] | undefined>;
  /** Excel: activate the sheet and select the cell. Rejects when the sheet or cell is gone. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Browser: the cells around a cell, with the finding's other cells on that sheet marked. */
  preview?(sheet: string, cell: string, related: readonly string[]): Promise<PreviewWindow | undefined>;
  /** Excel: writes the report sheet (校验报告) and returns its name. */
  exportReport?(report: Report): Promise<string>;
  /**
   * Excel: the text of the given cells ("Sheet!A1" → text) in one round trip, so narrative quotes are shown as the
   * cells write them; an empty map when the cells cannot be read (a sheet renamed since the check).
   */
  cellTexts?(cells: readonly CellRef[]): Promise<ReadonlyMap<string, string>>;
  /** Excel: the latest results, when a validation (the ribbon's) ran before the pane opened. */
  current?(): CheckedWorkbook | undefined;
  /** Excel: stores the accepted findings in the workbook; the new results then arrive through `subscribe`. */
  saveAccepted?(accepted: readonly AcceptedFinding[]): Promise<void>;
  /**
   * Stores the settings: Excel in the workbook, where the command line reads them too; the browser mode keeps them
   * for the open file in place of those stored in it (the file is only read).
   */
  saveSettings?(settings: Settings): Promise<void>;
  /** Browser mode: ends the worker holding the workbook, once another one is shown. */
  dispose?(): void;
  /** Excel: validations started elsewhere (the ribbon) report here. Returns the unsubscribe function. */
  subscribe?(listener: (update: HostUpdate) => void): () => void;
}
