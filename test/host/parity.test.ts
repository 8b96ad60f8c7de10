/**
 * The pane inside Excel and the command line must say the same about the same workbook: the fixture read by the
 * file adapter is put into a fake Excel, read back through Office.js, and both snapshots go through the engine.
 */
import * as path from "node:path";
import { checkWorkbook } from "../../src/core/engine/check-workbook";
import { rangeAddress } from "../../src/core/grid/address";
import type { CellValue, SheetSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookSnapshot } from "../../src/host/excel/read-workbook";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";
import { cellAddress } from "../../src/core/grid/address";
import { createExcelActions } from "../../src/host/excel/actions";
import { ResultsStore, SettingsStore } from "../../src/session/results-store";
import { appearanceOf, contentsOf, fakeWorkbook, openInFakeExcel, type CellInput, type SheetInput } from "./fake-excel";

const FIXTURE = path.join(__dirname, "../../samples/fengquan-2024.xlsx");

/** The sheet as Excel would hold it: every non-blank cell with its value, formula and number format. */
function asExcelSheet(sheet: SheetSnapshot): SheetInput {
  const cells: Record<string, CellInput> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const formula = sheet.formulas?.[r]?.[c] ?? undefined;
      const numberFormat = sheet.numberFormats?.[r]?.[c] ?? undefined;
      cells[cellAddress(r, c)] = { value, ...(formula && { formula }), ...(numberFormat && { numberFormat }) };
    }),
  );
  const merges = (sheet.merges ?? []).map((m) => rangeAddress(m.top, m.left, m.bottom, m.right));
  return { name: sheet.name, cells, merges };
}

/** Non-blank cells by address, so grids of different padding compare. */
function cellsOf(grid: readonly (readonly (CellValue | string | null)[])[] | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  grid?.forEach((row, r) =>
    row.forEach((v, c) => v !== null && v !== "" && v !== "General" && (result[cellAddress(r, c)] = v)),
  );
  return result;
}

async function sampleInExcel() {
  const file = await readWorkbookFile(FIXTURE);
  if (!file.ok) throw new Error(`fixture unreadable: ${file.problem.kind}`);
  return { file: file.snapshot, book: fakeWorkbook(file.snapshot.name, file.snapshot.sheets.map(asExcelSheet)) };
}

describe("the sample workbook in Excel", () => {
  it("validate, validate again, clear: marks come and go, no value or formula changes, the findings match the engine's", async () => {
    const { file, book } = await sampleInExcel();
    book.sheets[0]!.cells.set("A1", {
      ...book.sheets[0]!.cells.get("A1")!,
      fill: { pattern: "Solid", color: "#DDEBF7" },
    });
    const [contents, appearance] = [contentsOf(book), appearanceOf(book)];
    const store = new ResultsStore();
    const actions = createExcelActions({
      run: (batch) => batch(openInFakeExcel(book).context),
      store,
      settings: new SettingsStore(),
      support: () => hostSupport(supportUpTo("1.18")),
    });
    const first = await actions.validate("workbook");
    const marked = appearanceOf(book);
    await actions.validate("workbook");
    expect(appearanceOf(book)).toEqual(marked);
    expect(store.getSnapshot().failure).toBeUndefined();

    const engine = checkWorkbook(file);
    expect(first?.report.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(
      engine.findings.map((f) => [f.rule, f.sheet, f.cell]),
    );
    const markedCells = new Set(
      engine.findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell}`),
    );
    expect(first?.marked).toBe(markedCells.size);
    expect(Object.keys(marked.fills).length).toBeGreaterThanOrEqual(markedCells.size); // the sample has findings to mark

    expect(await actions.clearMarks()).toBe(true);
    expect(appearanceOf(book)).toEqual(appearance);
    const after = contentsOf(book);
    expect(Object.fromEntries(Object.keys(contents).map((k) => [k, after[k]]))).toEqual(contents);
    expect(book.parts).toEqual([]);
  });
});

describe("Excel and the command line see the same workbook", () => {
  it("reads the sample through Office.js into the snapshot the file adapter gives, with the same findings", async () => {
    const file = await readWorkbookFile(FIXTURE);
    if (!file.ok) throw new Error(`fixture unreadable: ${file.problem.kind}`);
    const book = fakeWorkbook(file.snapshot.name, file.snapshot.sheets.map(asExcelSheet));
    const viaExcel = await readWorkbookSnapshot(openInFakeExcel(book).context, {
      features: hostSupport(supportUpTo("1.18")).features,
    });

    expect(viaExcel.sheets.map((s) => s.name)).toEqual(file.snapshot.sheets.map((s) => s.name));
    viaExcel.sheets.forEach((sheet, i) => {
      const expected = file.snapshot.sheets[i]!;
      expect([sheet.name, cellsOf(sheet.values)]).toEqual([expected.name, cellsOf(expected.values)]);
      expect([sheet.name, cellsOf(sheet.numberFormats)]).toEqual([expected.name, cellsOf(expected.numberFormats)]);
      expect([sheet.name, cellsOf(sheet.formulas)]).toEqual([expected.name, cellsOf(expected.formulas)]);
      expect([sheet.name, sheet.merges ?? []]).toEqual([expected.name, expected.merges ?? []]);
    });
    expect(checkWorkbook(viaExcel)).toEqual(checkWorkbook(file.snapshot));
  });
});
