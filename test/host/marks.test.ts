import type { Severity } from "../../src/core/findings/finding";
import { MARK_COLOURS } from "../../src/host/excel/mark-style";
import type { MarkFinding } from "../../src/host/excel/plan-marks";
import { readWorkbook } from "../../src/host/excel/read-workbook";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { applyMarks, clearMarks } from "../../src/host/excel/write-marks";
import { appearanceOf, contentsOf, fakeWorkbook, openInFakeExcel, sheetOf, type FakeWorkbook } from "./fake-excel";

const ALL = hostSupport(supportUpTo("1.18")).features;
const NO_NOTES = hostSupport(supportUpTo("1.17")).features;
const ERROR = MARK_COLOURS.error;
const WARNING = MARK_COLOURS.warning;

/** How a painted cell shows: solid, our colour, no tint; the pattern colour stays what it was. */
const painted = (color: string, patternColor: string | null = null) => ({
  pattern: "Solid",
  color,
  patternColor,
  tintAndShade: 0,
  patternTintAndShade: 0,
});

const finding = (sheet: string, cell: string, severity: Severity, message: string): MarkFinding => ({
  sheet,
  cell,
  severity,
  message,
});

/** A sheet with the kinds of originals that must come back: no fill, a solid fill, a tinted pattern, a user note. */
function bookWithOriginals(): FakeWorkbook {
  return fakeWorkbook("b.xlsx", [
    {
      name: "支出表",
      cells: {
        A1: "项目",
        B2: { value: 10, formula: "=SUM(B3:B4)" },
        B3: { value: 4, fill: { pattern: "Solid", color: "#C6EFCE" } },
        B4: { value: 5, fill: { pattern: "Gray25", color: "#DDEBF7", patternColor: "#1F4E78", tintAndShade: 0.4 } },
        B5: "合计",
      },
      notes: { B5: "用户自己的批注" },
    },
    { name: "收支总表", cells: { C7: 99, D8: { value: "x", fill: { pattern: "Solid", color: "#FFC7CE" } } } },
  ]);
}

const FINDINGS: MarkFinding[] = [
  finding("支出表", "B2", "error", "合计不等于各项之和"),
  finding("支出表", "B2", "warning", "尾差"),
  finding("支出表", "B3", "warning", "名称不符"),
  finding("支出表", "B4", "error", "编码不存在"),
  finding("支出表", "B5", "error", "说明有误"),
  finding("支出表", "A1", "info", "未识别"),
  finding("收支总表", "D8", "warning", "与支出表不一致"),
];

async function validate(
  book: FakeWorkbook,
  findings: readonly MarkFinding[],
  features = ALL,
  scope: ReadonlySet<string> | "all" = "all",
) {
  const excel = openInFakeExcel(book, { notes: features.notes });
  const read = await readWorkbook(excel.context, { features });
  const sync = jest.spyOn(excel.context, "sync");
  const plan = await applyMarks(excel.context, findings, read.marks, { scope, language: "zh" });
  return { plan, writeSyncs: sync.mock.calls.length };
}

async function clear(book: FakeWorkbook, features = ALL): Promise<number> {
  const excel = openInFakeExcel(book, { notes: features.notes });
  const sync = jest.spyOn(excel.context, "sync");
  await clearMarks(excel.context, { features });
  return sync.mock.calls.length;
}

describe("applyMarks", () => {
  it("paints errors vermilion and warnings yellow, notes name the severity, info and user notes untouched", async () => {
    const book = bookWithOriginals();
    await validate(book, FINDINGS);
    expect(appearanceOf(book)).toEqual({
      fills: {
        "支出表!B2": painted(ERROR),
        "支出表!B3": painted(WARNING),
        "支出表!B4": painted(ERROR, "#1F4E78"),
        "支出表!B5": painted(ERROR),
        "收支总表!D8": painted(WARNING),
      },
      notes: {
        "支出表!B2": "【预算校验】\n错误：合计不等于各项之和\n警告：尾差",
        "支出表!B3": "【预算校验】\n警告：名称不符",
        "支出表!B4": "【预算校验】\n错误：编码不存在",
        "支出表!B5": "用户自己的批注",
        "收支总表!D8": "【预算校验】\n警告：与支出表不一致",
      },
    });
    expect(book.parts).toHaveLength(1);
  });

  it.each([1, 30])("writes marks for %i sheets in one sync", async (count) => {
    const names = Array.from({ length: count }, (_, i) => `表${i + 1}`);
    const book = fakeWorkbook(
      "b.xlsx",
      names.map((name) => ({ name, cells: { A1: 1, B2: 2 } })),
    );
    const findings = names.flatMap((name) => [finding(name, "A1", "error", "e"), finding(name, "B2", "warning", "w")]);
    const { writeSyncs } = await validate(book, findings);
    expect(writeSyncs).toBe(1);
    expect(Object.keys(appearanceOf(book).fills)).toHaveLength(2 * count);
  });
});

describe("clearMarks", () => {
  it("restores every original fill and note exactly", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
    expect(book.parts).toEqual([]);
  });

  it("restores the originals after validating twice, not the first run's marks", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    await validate(book, FINDINGS);
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
  });

  it("restores after the workbook was saved and reopened (a new context over the same file)", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    const reopened: FakeWorkbook = structuredClone(book);
    await clear(reopened);
    expect(appearanceOf(reopened)).toEqual(before);
  });

  it.each([1, 30])("clears %i sheets in four syncs (three to read, one to write)", async (count) => {
    const names = Array.from({ length: count }, (_, i) => `表${i + 1}`);
    const book = fakeWorkbook(
      "b.xlsx",
      names.map((name) => ({ name, cells: { A1: 1 } })),
    );
    await validate(
      book,
      names.map((name) => finding(name, "A1", "error", "e")),
    );
    expect(await clear(book)).toBe(4);
    expect(appearanceOf(book)).toEqual({ fills: {}, notes: {} });
  });

  it("leaves a fill or note the user changed after marking", async () => {
    const book = bookWithOriginals();
    await validate(book, FINDINGS);
    sheetOf(book, "支出表").cells.get("B3")!.fill = { pattern: "Solid", color: "#000000" };
    sheetOf(book, "支出表").notes.set("B4", "我改过的批注");
    await clear(book);
    const after = appearanceOf(book);
    expect(after.fills["支出表!B3"]).toEqual({
      pattern: "Solid",
      color: "#000000",
      patternColor: null,
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    expect(after.notes["支出表!B4"]).toBe("我改过的批注");
    expect(after.fills["支出表!B4"]).toEqual({
      pattern: "Gray25",
      color: "#DDEBF7",
      patternColor: "#1F4E78",
      tintAndShade: 0.4,
      patternTintAndShade: 0,
    });
  });

  it("never changes a value or formula (validate twice, then clear)", async () => {
    const book = bookWithOriginals();
    const before = contentsOf(book);
    await validate(book, FINDINGS);
    await validate(book, [...FINDINGS.slice(2), finding("支出表", "C9", "warning", "空白单元格")]);
    await clear(book);
    // A blank cell we painted exists in the file afterwards, still blank.
    const after = contentsOf(book);
    expect(Object.fromEntries(Object.entries(after).filter(([k]) => k in before))).toEqual(before);
    for (const [, cell] of Object.entries(after).filter(([k]) => !(k in before)))
      expect(cell).toEqual({ value: "", formula: undefined });
  });
});

describe("a second run", () => {
  it("restores cells no longer flagged, keeps the first originals for cells flagged again", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    await validate(book, [
      finding("支出表", "B3", "error", "新的问题"),
      finding("支出表", "C9", "warning", "空白单元格"),
    ]);
    const after = appearanceOf(book);
    expect(after.fills).toEqual({
      ...before.fills,
      "支出表!B3": painted(ERROR),
      "支出表!C9": painted(WARNING),
    });
    expect(after.notes).toEqual({
      ...before.notes,
      "支出表!B3": "【预算校验】\n错误：新的问题",
      "支出表!C9": "【预算校验】\n警告：空白单元格",
    });
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
  });

  it("on one sheet (校验本表) keeps the marks of other sheets", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    await validate(book, [], ALL, new Set(["支出表"]));
    expect(appearanceOf(book).fills).toEqual({ ...before.fills, "收支总表!D8": painted(WARNING) });
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
  });
});

describe("on a host without the notes API (ExcelApi 1.18)", () => {
  it("marks with fills only and restores them", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS, NO_NOTES);
    expect(appearanceOf(book).notes).toEqual(before.notes);
    expect(appearanceOf(book).fills["支出表!B2"]).toEqual(painted(ERROR));
    await clear(book, NO_NOTES);
    expect(appearanceOf(book)).toEqual(before);
  });
});

describe("cells with a threaded comment", () => {
  it("get the fill but no note (Excel allows none there), and come back as they were", async () => {
    const book = fakeWorkbook("b.xlsx", [{ name: "S", cells: { A1: 1 }, comments: ["A1"] }]);
    await validate(book, [finding("S", "A1", "error", "e")]);
    expect(appearanceOf(book)).toEqual({ fills: { "S!A1": painted(ERROR) }, notes: {} });
    await clear(book);
    expect(appearanceOf(book)).toEqual({ fills: {}, notes: {} });
  });
});

describe("a batch Excel stops half-way (writes before the failing one stay applied)", () => {
  const SECOND_RUN = [finding("支出表", "B3", "error", "新的问题"), finding("支出表", "C9", "warning", "空白单元格")];

  async function failingRun(book: FakeWorkbook, findings: readonly MarkFinding[], failAt: number): Promise<number> {
    const excel = openInFakeExcel(book);
    const read = await readWorkbook(excel.context, { features: ALL });
    excel.batch.failAtWrite = failAt;
    await applyMarks(excel.context, findings, read.marks, { scope: "all" }).catch((error: Error) =>
      expect(error.message).toMatch(/simulated/),
    );
    return excel.batch.writeCount;
  }

  it("leaves every mark restorable, whichever write of a second run failed", async () => {
    const probe = bookWithOriginals();
    await validate(probe, FINDINGS);
    const writes = await failingRun(probe, SECOND_RUN, -1);
    expect(writes).toBeGreaterThan(5);
    for (let failAt = 0; failAt < writes; failAt += 1) {
      const book = bookWithOriginals();
      const before = appearanceOf(book);
      await validate(book, FINDINGS);
      await failingRun(book, SECOND_RUN, failAt);
      await clear(book);
      expect([failAt, appearanceOf(book)]).toEqual([failAt, before]);
    }
  });

  it("leaves every mark restorable, whichever write of a clear failed", async () => {
    const probe = bookWithOriginals();
    await validate(probe, FINDINGS);
    const writes = await failingRun(probe, [], -1);
    for (let failAt = 0; failAt < writes; failAt += 1) {
      const book = bookWithOriginals();
      const before = appearanceOf(book);
      await validate(book, FINDINGS);
      await failingRun(book, [], failAt);
      await clear(book);
      expect([failAt, appearanceOf(book)]).toEqual([failAt, before]);
    }
  });
});

describe("marks moved by inserting a row after validation", () => {
  /** What Excel does to a sheet when a row is inserted above `row` (1-based): cells, fills and notes move down. */
  function insertRow(book: FakeWorkbook, sheetName: string, row: number): void {
    const sheet = sheetOf(book, sheetName);
    const shift = <T>(map: Map<string, T>): void => {
      const moved = [...map].map(([address, v]) => {
        const [, col, r] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return [Number(r) >= row ? `${col}${Number(r) + 1}` : address, v] as const;
      });
      map.clear();
      for (const [address, v] of moved) map.set(address, v);
    };
    shift(sheet.cells);
    shift(sheet.notes);
  }

  it("are still removed by clearing (recognised by our colour and note title), user fills and notes kept", async () => {
    const book = bookWithOriginals();
    const expected = structuredClone(book);
    insertRow(expected, "支出表", 3);
    await validate(book, FINDINGS);
    insertRow(book, "支出表", 3);
    await clear(book);
    const after = appearanceOf(book);
    // B3→B4 and B4→B5 had fills of their own, unknown once moved: they lose the fill; everything else is as before.
    const { ["支出表!B4"]: _b4, ["支出表!B5"]: _b5, ...otherFills } = appearanceOf(expected).fills;
    expect(after).toEqual({ fills: otherFills, notes: appearanceOf(expected).notes });
  });
});

describe("moving between hosts with and without the notes API", () => {
  it("a clear without notes keeps our notes on record, so a later clear with notes removes them", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    await clear(book, NO_NOTES);
    expect(appearanceOf(book).fills).toEqual(before.fills);
    expect(Object.keys(appearanceOf(book).notes)).toHaveLength(5); // the user's note and our four
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
    expect(book.parts).toEqual([]);
  });
});

describe("protected sheets", () => {
  it("are neither marked nor restored, and their earlier marks stay on record until they can be cleared", async () => {
    const book = bookWithOriginals();
    const before = appearanceOf(book);
    await validate(book, FINDINGS);
    const marked = appearanceOf(book);
    sheetOf(book, "支出表").protected = true;
    await validate(book, [finding("支出表", "A1", "error", "新"), finding("收支总表", "C7", "error", "新")]);
    await clear(book);
    // The protected sheet keeps its marks; the other sheet is back as it was.
    const onSheet = <T>(record: Record<string, T>, sheet: string) =>
      Object.fromEntries(Object.entries(record).filter(([k]) => k.startsWith(`${sheet}!`)));
    expect(appearanceOf(book)).toEqual({
      fills: { ...onSheet(marked.fills, "支出表"), ...onSheet(before.fills, "收支总表") },
      notes: { ...onSheet(marked.notes, "支出表"), ...onSheet(before.notes, "收支总表") },
    });
    sheetOf(book, "支出表").protected = false;
    await clear(book);
    expect(appearanceOf(book)).toEqual(before);
  });
});
