/**
 * Scale (issue 8): the engine checks a department of 200,000 rows, built as a snapshot in memory (no file), without
 * overflowing the stack (spreading row-sized arrays into Math.min or push did at about 128,000 rows) and finds
 * nothing wrong in it (every total of the generated department is exact). Time and memory are bench figures
 * (npm run bench), not asserted here.
 */
import { checkWorkbook } from "../../src/core/engine";
import type { CellValue, SheetSnapshot } from "../../src/core/grid/snapshot";

// One pass over 200,000 rows on a shared 2-core machine: a generous hang guard, not a timing.
jest.setTimeout(300_000);

interface Layout {
  readonly rows: readonly { readonly values: readonly CellValue[]; readonly hasAmounts?: boolean }[];
  readonly merges: readonly string[];
  readonly format: string | undefined;
}
const { largeWorkbookRows } = require("../../scripts/generate-large-workbook.js") as {
  largeWorkbookRows(options: { items: number; amountsAsText: boolean }): Layout;
};

/** The generator's department as the reader would give it: values, and the amount format on amount cells. */
function departmentSnapshot(items: number): SheetSnapshot {
  const layout = largeWorkbookRows({ items, amountsAsText: false });
  return {
    name: "部门支出预算表",
    values: layout.rows.map((row) => [...row.values]),
    numberFormats: layout.rows.map((row) =>
      row.values.map((v, c) =>
        v === null ? null : row.hasAmounts && c >= 5 && layout.format ? layout.format : "General",
      ),
    ),
    merges: [
      { top: 2, left: 0, bottom: 3, right: 2 },
      { top: 2, left: 6, bottom: 2, right: 10 },
      { top: 2, left: 11, bottom: 2, right: 13 },
    ],
  };
}

test("a 200,000-row department is checked: its table recognised, no error", () => {
  const sheet = departmentSnapshot(196_000);
  expect(sheet.values.length).toBeGreaterThanOrEqual(200_000);
  const result = checkWorkbook({ name: "large.xlsx", sheets: [sheet] });
  expect(result.tables.map((t) => t.kind)).toEqual(["expense"]);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
});
