/**
 * A fake Excel.RequestContext over a FakeWorkbook, built from office-addin-mock objects (load → sync → read, and the
 * mock's "not loaded" string when a property was not loaded) plus FakeBatch for what the mock lacks: collections,
 * ClientResults, notes, custom XML parts and writes. Writes go through methods (set, setCellProperties, add,
 * delete, clear), applied to the FakeWorkbook at sync; a direct property assignment would not persist here.
 */
import type { OfficeMockObject } from "office-addin-mock";
import { parseSheetRange } from "../../../src/host/excel/sheet-address";
import { FakeBatch, FakeClientResult, FakeCollection } from "./fake-batch";
import type { FakeCell, FakeFill, FakeSheet, FakeWorkbook } from "./fake-workbook";
import { addressesOf, cellFor, fakeSheet, sheetOf, usedRangeOf } from "./fake-workbook";

export interface FakeContextOptions {
  /** Whether the host has the notes API (ExcelApi 1.18). */
  readonly notes?: boolean;
}

type Rect = { top: number; left: number; bottom: number; right: number };

const NO_FILL_READ = { color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };

function sheetPrefix(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(rect: Rect): string {
  const a = addressesOf({ ...rect, bottom: rect.top, right: rect.left })[0]![0]!;
  const b = addressesOf({ ...rect, top: rect.bottom, left: rect.right })[0]![0]!;
  return a === b ? a : `${a}:${b}`;
}

function parseRect(address: string): Rect {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (columns) return parseRect(`${columns[1]}1:${columns[2]}1`); // whole columns: only the first row matters here
  const parsed = parseSheetRange(address);
  if (!parsed) throw new Error(`fake Excel: bad address ${address}`);
  return parsed.range;
}

export class FakeExcel {
  readonly batch = new FakeBatch();
  readonly context: Excel.RequestContext;

  constructor(
    readonly book: FakeWorkbook,
    private readonly options: FakeContextOptions = {},
  ) {
    const context = { workbook: this.workbookMock(), sync: () => this.batch.sync() };
    this.context = context as unknown as Excel.RequestContext;
  }

  private fail(message: string): never {
    throw new Error(`fake Excel: ${message}`);
  }

  private workbookMock(): OfficeMockObject {
    const book = this.book;
    const workbook = this.batch.mock({ name: book.name, protection: { protected: book.structureProtected ?? false } });
    const structureUnprotected = (): void => {
      if (book.structureProtected) this.fail("workbook structure is protected");
    };
    workbook.worksheets = {
      load: (properties: string) =>
        new FakeCollection(this.batch, () => book.sheets.map((s) => this.sheetMock(s.name))).load(properties),
      getItem: (name: string) => this.sheetMock(name),
      getItemOrNullObject: (name: string) => {
        const exists = book.sheets.some((s) => s.name === name);
        const sheet = exists ? this.sheetMock(name) : this.batch.mock({ name: undefined });
        sheet.isNullObject = !exists;
        return sheet;
      },
      getActiveWorksheet: () => this.sheetMock(book.active),
      add: (name: string) => {
        this.batch.write(() => {
          structureUnprotected();
          if (book.sheets.some((s) => s.name === name)) this.fail(`sheet ${name} exists`);
          book.sheets.push(fakeSheet({ name }));
        });
        return this.sheetMock(name, true);
      },
    };
    workbook.customXmlParts = {
      getByNamespace: (namespace: string) => ({
        load: (properties: string) =>
          new FakeCollection(this.batch, () =>
            book.parts
              .filter((p) => p.namespace === namespace)
              .map((p) => {
                const part = this.batch.mock({ id: p.id, namespace: p.namespace });
                part.getXml = () => new FakeClientResult(this.batch, p.xml);
                return part;
              }),
          ).load(properties),
      }),
      getItem: (id: string) => ({
        delete: () =>
          this.batch.write(() => {
            if (!book.parts.some((p) => p.id === id)) this.fail(`no custom XML part ${id}`);
            book.parts = book.parts.filter((p) => p.id !== id);
          }),
      }),
      add: (xml: string) => {
        // Excel gives the new part's id after the sync: reserved now, so the returned part can load it.
        const id = `{part-${book.nextPartId++}}`;
        this.batch.write(() => {
          const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
          book.parts.push({ id, namespace, xml });
        });
        return this.batch.mock({ id });
      },
    };
    if (this.options.notes !== false) {
      workbook.notes = {
        load: (properties: string) =>
          new FakeCollection(this.batch, () =>
            book.sheets.flatMap((sheet) =>
              [...sheet.notes].map(([cell, content]) => {
                const note = this.batch.mock({ content, authorName: "someone" });
                note.getLocation = () => this.rangeMock(sheet.name, cell);
                return note;
              }),
            ),
          ).load(properties),
      };
      workbook.comments = {
        load: (properties: string) =>
          new FakeCollection(this.batch, () =>
            book.sheets.flatMap((sheet) =>
              [...sheet.comments].map((cell) => {
                const comment = this.batch.mock({ id: `${sheet.name}!${cell}` });
                comment.getLocation = () => this.rangeMock(sheet.name, cell);
                return comment;
              }),
            ),
          ).load(properties),
      };
    }
    return workbook;
  }

  /** The sheet, for a write: Excel refuses changes on a protected sheet. */
  private unprotected(sheet: FakeSheet): FakeSheet {
    return sheet.protected ? this.fail(`sheet ${sheet.name} is protected`) : sheet;
  }

  private sheetMock(name: string, adding = false): OfficeMockObject {
    const book = this.book;
    const known = book.sheets.find((s) => s.name === name);
    if (!known && !adding) this.batch.write(() => this.fail(`no sheet ${name}`));
    const sheet = this.batch.mock({
      name,
      visibility: known?.visibility ?? "Visible",
      position: 0,
      protection: { protected: known?.protected ?? false },
    });
    const live = (): FakeSheet => this.unprotected(sheetOf(book, name));
    sheet.getUsedRange = (valuesOnly = false) =>
      this.rangeMock(name, rectAddress(usedRangeOf(sheetOf(book, name), valuesOnly)));
    sheet.getRange = (address: string) => this.rangeMock(name, address);
    sheet.delete = () =>
      this.batch.write(() => {
        if (book.structureProtected) this.fail("workbook structure is protected");
        book.sheets = book.sheets.filter((s) => s !== sheetOf(book, name));
      });
    sheet.activate = () => this.batch.write(() => (book.active = sheetOf(book, name).name));
    sheet.freezePanes = { freezeRows: () => undefined };
    if (this.options.notes !== false) {
      sheet.notes = {
        add: (cell: string, content: string) =>
          this.batch.write(() =>
            live().notes.has(cell) ? this.fail(`${name}!${cell} has a note`) : live().notes.set(cell, content),
          ),
        getItem: (cell: string) => ({
          delete: () =>
            this.batch.write(() => (live().notes.delete(cell) ? undefined : this.fail(`no note at ${name}!${cell}`))),
        }),
      };
    }
    return sheet;
  }

  private rangeMock(sheetName: string, address: string): OfficeMockObject {
    const rect = parseRect(address);
    const known = this.book.sheets.find((s) => s.name === sheetName);
    const cells = addressesOf(rect).map((row) => row.map((a): FakeCell => known?.cells.get(a) ?? { value: "" }));
    const live = (): FakeSheet => this.unprotected(sheetOf(this.book, sheetName));
    const eachCell = (apply: (cell: FakeCell, row: number, col: number) => void): void =>
      addressesOf(rect).forEach((row, r) => row.forEach((a, c) => apply(cellFor(live(), a), r, c)));

    const range = this.batch.mock({
      address: `${sheetPrefix(sheetName)}!${rectAddress(rect)}`,
      values: cells.map((row) => row.map((c) => c.value)),
      formulas: cells.map((row) => row.map((c) => c.formula ?? c.value)),
      numberFormat: cells.map((row) => row.map((c) => c.numberFormat ?? "General")),
      format: {
        fill: { clear: () => this.batch.write(() => eachCell((cell) => delete cell.fill)) },
        autofitColumns: () => undefined,
      },
    });
    range.getCellProperties = () =>
      new FakeClientResult(
        this.batch,
        cells.map((row) =>
          row.map((c) => ({
            format: {
              fill: c.fill && c.fill.pattern !== "None" ? { ...NO_FILL_READ, ...c.fill } : { ...NO_FILL_READ },
            },
          })),
        ),
      );
    range.setCellProperties = (grid: Excel.SettableCellProperties[][]) =>
      this.batch.write(() =>
        eachCell((cell, r, c) => {
          const fill = grid[r]?.[c]?.format?.fill;
          if (fill) cell.fill = { ...(cell.fill ?? {}), ...fill } as FakeFill;
        }),
      );
    range.set = (update: Excel.Interfaces.RangeUpdateData) =>
      this.batch.write(() =>
        eachCell((cell, r, c) => {
          if (update.values) cell.value = update.values[r]![c] as FakeCell["value"];
          if (update.numberFormat) cell.numberFormat = update.numberFormat[r]![c] as string;
          if (update.hyperlink) cell.hyperlink = update.hyperlink;
          if (update.format?.font?.bold !== undefined) cell.bold = update.format.font.bold;
        }),
      );
    range.select = () =>
      this.batch.write(
        () => (this.book.selection = { sheet: sheetOf(this.book, sheetName).name, address: rectAddress(rect) }),
      );
    range.getMergedAreasOrNullObject = () => {
      const inside = (known?.merges ?? []).filter((m) => {
        const r = parseRect(m);
        return r.top >= rect.top && r.bottom <= rect.bottom && r.left >= rect.left && r.right <= rect.right;
      });
      const areas = this.batch.mock({ address: inside.map((m) => `${sheetPrefix(sheetName)}!${m}`).join(",") });
      areas.isNullObject = inside.length === 0;
      return areas;
    };
    return range;
  }
}

/** A context over the workbook, as if Excel had just opened it. */
export function openInFakeExcel(book: FakeWorkbook, options: FakeContextOptions = {}): FakeExcel {
  return new FakeExcel(book, options);
}
