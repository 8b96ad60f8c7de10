import { cutForDisplay, EXCEL_CELL_LIMIT, fitExcelCell } from "./cut";

test("short text is unchanged", () => {
  expect(cutForDisplay("部门支出预算表", 10)).toBe("部门支出预算表");
  expect(cutForDisplay("x".repeat(10), 10)).toBe("x".repeat(10));
});

test("long text keeps its start and end around a marker counting what was cut, within the limit", () => {
  const text = `"${"A".repeat(1_000_000)}" is not a readable amount.`;
  const shown = cutForDisplay(text, 200);
  expect(shown.length).toBeLessThanOrEqual(200);
  expect(shown.startsWith('"AAAA')).toBe(true);
  expect(shown.endsWith('" is not a readable amount.')).toBe(true); // the end of the sentence is kept
  const [, head, count, tail] = /^(.*)…\[\+(\d+)\]…(.*)$/s.exec(shown)!;
  expect(head!.length + Number(count) + tail!.length).toBe(text.length);
  expect(text.startsWith(head!) && text.endsWith(tail!)).toBe(true);
});

test("a surrogate pair is never split", () => {
  const text = "😀".repeat(1000);
  const shown = cutForDisplay(text, 101);
  expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
});

test("fitExcelCell keeps a cell within Excel's 32,767 characters", () => {
  expect(fitExcelCell("y".repeat(40_000)).length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  expect(fitExcelCell("y".repeat(EXCEL_CELL_LIMIT))).toBe("y".repeat(EXCEL_CELL_LIMIT));
});
