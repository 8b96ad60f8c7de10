/**
 * Reads the workbook in exactly two round trips, whatever the number of sheets: first the list of sheets, the
 * record of marks, the notes and comments; then, batched for every sheet at once, the used range (values, number formats,
 * formulas, merged areas, fills) and the record's XML and the notes' cells. No sync inside a loop.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { cellAddress } from "../../core";
import type { FillState } from "./fill";
import { normaliseFill } from "./fill";
import { decodeMarkRecord, EMPTY_RECORD, type MarkRecord } from "./mark-record";
import type { MarkState, SheetFills } from "./mark-state";
import { MARKS_XML_NAMESPACE, REPORT_SHEET_NAME } from "./names";
import type { Feature } from "./requirements";
import { hostSupport } from "./requirements";
import { parseSheetRange, parseSheetRanges } from "./sheet-address";
import { queueStoredPartsLoad, queueStoredPartsXml, type StoredParts } from "./stored-parts";

export interface ReadOptions {
  /** False reads only what clearing needs (fills, notes, the record), not values for the engine. */
  readonly values?: boolean;
  /** Which optional features the host has; defaults to asking Office. */
  readonly features?: Readonly<Record<Feature, boolean>>;
}

export interface WorkbookRead {
  /** Every sheet except the report sheet, grids from A1. */
  readonly snapshot: WorkbookSnapshot;
  readonly activeSheet: string;
  /** Sheets can be neither added nor deleted (the report sheet cannot be rewritten). */
  readonly structureProtected: boolean;
  readonly marks: MarkState;
  /** The accepted findings and settings the pane stored in the workbook. */
  readonly stored: StoredParts;
}

/** What a mark changes, so what restoring needs (a mark leaves the pattern colour alone); kept small, as it is per cell. */
const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, tintAndShade: true } },
};

/** Excel reports a blank cell as ""; the engine wants null. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : String(value);
}

/** Places a block read at (top, left) into a grid that starts at A1, padding with `blank`. */
function placeAtA1<T, U>(block: readonly (readonly T[])[], range: CellRange, blank: U, convert: (cell: T) => U): U[][] {
  const width = range.right + 1;
  const grid: U[][] = [];
  for (let row = 0; row <= range.bottom; row += 1) {
    const source = row >= range.top ? block[row - range.top] : undefined;
    const line: U[] = new Array<U>(width).fill(blank);
    if (source) source.forEach((cell, i) => (line[range.left + i] = convert(cell)));
    grid.push(line);
  }
  return grid;
}

function formulaOf(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}

function fillsOf(properties: readonly (readonly Excel.CellProperties[])[]): FillState[][] {
  return properties.map((row) => row.map((cell) => normaliseFill(cell.format?.fill as Partial<FillState> | undefined)));
}

/** Groups values by the sheet and top-left cell of their "Sheet!A1" address. */
function bySheetAndCell<T>(located: readonly (readonly [string, T])[]): Map<string, Map<string, T>> {
  const result = new Map<string, Map<string, T>>();
  for (const [address, value] of located) {
    const at = parseSheetRange(address);
    if (!at?.sheet) continue;
    const cells = result.get(at.sheet) ?? new Map<string, T>();
    cells.set(cellAddress(at.range.top, at.range.left), value);
    result.set(at.sheet, cells);
  }
  return result;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const withValues = options.values ?? true;
  const features = options.features ?? hostSupport().features;
  const workbook = context.workbook;

  // Round trip 1: which sheets there are, the record's parts, the notes and comments.
  workbook.load("name");
  const structure = workbook.protection.load("protected");
  const worksheets = workbook.worksheets.load("items/name,items/visibility");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const parts = workbook.customXmlParts.getByNamespace(MARKS_XML_NAMESPACE).load("items/id");
  const storedParts = queueStoredPartsLoad(context);
  const notes = features.notes ? workbook.notes.load("items/content") : undefined;
  const comments = features.notes ? workbook.comments.load("items/id") : undefined;
  await context.sync();

  // Round trip 2: every sheet's used range at once, the record's XML, each note's and comment's cell.
  const sheets = worksheets.items.filter((sheet) => sheet.name !== REPORT_SHEET_NAME);
  const reads = sheets.map((sheet) => {
    const used = sheet.getUsedRange(false).load(withValues ? "address,values,numberFormat,formulas" : "address");
    return {
      sheet,
      used,
      protection: sheet.protection.load("protected"),
      fills: used.getCellProperties(FILL_PROPERTIES),
      merged: withValues && features.merges ? used.getMergedAreasOrNullObject().load("address") : undefined,
    };
  });
  const xmls = parts.items.map((part) => part.getXml());
  const storedXml = queueStoredPartsXml(storedParts);
  const noteCells = notes?.items.map((note) => ({ note, location: note.getLocation().load("address") }));
  const commentLocations = comments?.items.map((comment) => comment.getLocation().load("address"));
  await context.sync();

  const fills = new Map<string, SheetFills>();
  const sheetSnapshots: SheetSnapshot[] = [];
  for (const { sheet, used, fills: cellProperties, merged } of reads) {
    const range = parseSheetRange(used.address)?.range;
    if (!range) continue; // Excel always gives a used range (A1 for a blank sheet); this guards a malformed address
    fills.set(sheet.name, { top: range.top, left: range.left, fills: fillsOf(cellProperties.value) });
    if (!withValues) continue;
    const formulas = placeAtA1(used.formulas, range, null, formulaOf);
    const merges = merged && !merged.isNullObject ? parseSheetRanges(merged.address).map((r) => r.range) : undefined;
    sheetSnapshots.push({
      name: sheet.name,
      values: placeAtA1(used.values, range, null, cellValue),
      numberFormats: placeAtA1(used.numberFormat, range, null, (f: unknown) => (typeof f === "string" ? f : null)),
      // Like the file adapter: the formula layer only when the sheet has a formula.
      ...(formulas.some((row) => row.some((f) => f !== null)) && { formulas }),
      ...(merges && { merges }),
      ...(sheet.visibility !== "Visible" && { hidden: true }),
    });
  }

  const record: MarkRecord = xmls.length > 0 ? decodeMarkRecord(xmls[xmls.length - 1]!.value) : EMPTY_RECORD;
  const notesBySheet =
    noteCells && bySheetAndCell(noteCells.map(({ note, location }) => [location.address, note.content]));
  const commentCells = commentLocations && bySheetAndCell(commentLocations.map((location) => [location.address, true]));

  return {
    snapshot: { name: workbook.name, sheets: sheetSnapshots },
    activeSheet: active.name,
    structureProtected: structure.protected,
    stored: storedXml.finish(),
    marks: {
      record,
      partIds: parts.items.map((part) => part.id),
      sheets: worksheets.items.map((sheet) => sheet.name),
      fills,
      protectedSheets: new Set(reads.filter((r) => r.protection.protected).map((r) => r.sheet.name)),
      notes: notesBySheet,
      ...(commentCells && {
        commentCells: new Map([...commentCells].map(([sheet, cells]) => [sheet, new Set(cells.keys())])),
      }),
    },
  };
}

/** The engine's view of the workbook (the report sheet left out), in two round trips. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, options)).snapshot;
}
