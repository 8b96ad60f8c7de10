/**
 * Reads the workbook in few round trips, whatever the number of sheets: first the list of sheets, the record of
 * marks, the notes and comments; then, batched for every sheet at once, each used range's address, merged areas,
 * the record's XML and the notes' cells; then the cells (values, number formats, formulas, fills) of every sheet
 * in one sync, or, when that would pass Office's 5 MB payload limit, in row bands over as few syncs as the limit
 * allows (payload-plan.ts).
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { cellAddress } from "../../core";
import { type Band, BYTES_PER_CELL_FILLS_ONLY, BYTES_PER_CELL_WITH_VALUES, planPayload } from "./payload-plan";
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
  /** How many syncs the cells took: more than 1 when the read was split to stay within Office's payload limit. */
  readonly cellSyncs: number;
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

interface CellBlock {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly formulas: unknown[][];
  readonly fills: FillState[][];
}

/** Reads one sync's bands and appends their rows to each sheet's block (bands of a sheet come top to bottom). */
async function readBands(
  context: Excel.RequestContext,
  bands: readonly Band[],
  reads: readonly { readonly sheet: Excel.Worksheet }[],
  withValues: boolean,
  blocks: readonly CellBlock[],
): Promise<void> {
  const queued = bands.map(({ sheet, range }) => {
    const address = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
    const band = reads[sheet]!.sheet.getRange(address);
    if (withValues) band.load("values,numberFormat,formulas");
    return { sheet, band, properties: band.getCellProperties(FILL_PROPERTIES) };
  });
  await context.sync();
  for (const { sheet, band, properties } of queued) {
    const block = blocks[sheet]!;
    block.fills.push(...fillsOf(properties.value));
    if (!withValues) continue;
    block.values.push(...(band.values as unknown[][]));
    block.numberFormat.push(...(band.numberFormat as unknown[][]));
    block.formulas.push(...(band.formulas as unknown[][]));
  }
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

  // Round trip 2: every sheet's used range address at once, the record's XML, each note's and comment's cell.
  const sheets = worksheets.items.filter((sheet) => sheet.name !== REPORT_SHEET_NAME);
  const reads = sheets.map((sheet) => {
    const used = sheet.getUsedRange(false).load("address");
    return {
      sheet,
      used,
      protection: sheet.protection.load("protected"),
      merged: withValues && features.merges ? used.getMergedAreasOrNullObject().load("address") : undefined,
    };
  });
  const xmls = parts.items.map((part) => part.getXml());
  const storedXml = queueStoredPartsXml(storedParts);
  const noteCells = notes?.items.map((note) => ({ note, location: note.getLocation().load("address") }));
  const commentLocations = comments?.items.map((comment) => comment.getLocation().load("address"));
  await context.sync();

  // Round trips 3…: the cells, in as few syncs as Office's payload limit allows (one for a budget workbook).
  const ranges = reads.map(({ used }) => parseSheetRange(used.address)?.range);
  const plan = planPayload(ranges, withValues ? BYTES_PER_CELL_WITH_VALUES : BYTES_PER_CELL_FILLS_ONLY);
  const blocks: CellBlock[] = reads.map(() => ({ values: [], numberFormat: [], formulas: [], fills: [] }));
  // One sync per planned band list, in turn: the split is deliberate, each sync has to stay under the limit.
  await plan.syncs.reduce(
    (previous, bands) => previous.then(() => readBands(context, bands, reads, withValues, blocks)),
    Promise.resolve(),
  );

  const fills = new Map<string, SheetFills>();
  const sheetSnapshots: SheetSnapshot[] = [];
  reads.forEach(({ sheet, merged }, index) => {
    const range = ranges[index];
    if (!range) return; // Excel always gives a used range (A1 for a blank sheet); this guards a malformed address
    const block = blocks[index]!;
    fills.set(sheet.name, { top: range.top, left: range.left, fills: block.fills });
    if (!withValues) return;
    const formulas = placeAtA1(block.formulas, range, null, formulaOf);
    const merges = merged && !merged.isNullObject ? parseSheetRanges(merged.address).map((r) => r.range) : undefined;
    sheetSnapshots.push({
      name: sheet.name,
      values: placeAtA1(block.values, range, null, cellValue),
      numberFormats: placeAtA1(block.numberFormat, range, null, (f: unknown) => (typeof f === "string" ? f : null)),
      // Like the file adapter: the formula layer only when the sheet has a formula.
      ...(formulas.some((row) => row.some((f) => f !== null)) && { formulas }),
      ...(merges && { merges }),
      ...(sheet.visibility !== "Visible" && { hidden: true }),
    });
  });

  const record: MarkRecord = xmls.length > 0 ? decodeMarkRecord(xmls[xmls.length - 1]!.value) : EMPTY_RECORD;
  const notesBySheet =
    noteCells && bySheetAndCell(noteCells.map(({ note, location }) => [location.address, note.content]));
  const commentCells = commentLocations && bySheetAndCell(commentLocations.map((location) => [location.address, true]));

  return {
    snapshot: { name: workbook.name, sheets: sheetSnapshots },
    activeSheet: active.name,
    structureProtected: structure.protected,
    stored: storedXml.finish(),
    cellSyncs: plan.syncs.length,
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

/** The engine's view of the workbook (the report sheet left out), in three round trips or more for a huge one. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, options)).snapshot;
}
