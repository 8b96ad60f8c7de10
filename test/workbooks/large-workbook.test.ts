/** scripts/generate-large-workbook.js (the benchmark's workbook), generated small: layout, exact totals, text variant. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import type { CellValue } from "../../src/core/grid/snapshot";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

const { generateLargeWorkbook } = require("../../scripts/generate-large-workbook.js") as {
  generateLargeWorkbook(o: {
    items: number;
    amountsAsText: boolean;
    file: string;
  }): Promise<{ items: number; units: number; rows: number }>;
};

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-large-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** An amount cell in integer cents, whether stored as a number or as text. */
const cents = (v: CellValue) => Math.round(Number(v) * 100);

async function generated(amountsAsText: boolean) {
  const file = path.join(dir, `large-${amountsAsText}.xlsx`);
  const info = await generateLargeWorkbook({ items: 100, amountsAsText, file });
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.problem.kind);
  return { info, snapshot: read.snapshot };
}

test.each([false, true])(
  "amounts as text: %s — header, 合计 = Σ units, each unit = Σ its items, 合计 = 基本 + 项目",
  async (asText) => {
    const { info, snapshot } = await generated(asText);
    expect(info).toEqual({ file: expect.any(String), items: 100, units: 3, rows: 109 });
    const rows = snapshot.sheets[0]!.values;
    expect(rows).toHaveLength(109);
    expect(rows[0]).toEqual(["2024 年部门支出预算表"]);
    expect(rows[5]![4]).toBe("合计");
    const unitRows = rows.flatMap((r, i) => (typeof r[3] === "string" && /^101\d{3}$/.test(r[3]) ? [i] : []));
    expect(unitRows).toEqual([6, 47, 88]);
    for (let col = 5; col <= 13; col++) {
      const unitSum = unitRows.reduce((n, i) => n + cents(rows[i]![col]!), 0);
      expect(cents(rows[5]![col]!)).toBe(unitSum);
      unitRows.forEach((u, k) => {
        const end = unitRows[k + 1] ?? rows.length;
        const items = rows.slice(u + 1, end).reduce((n, r) => n + cents(r[col]!), 0);
        expect(cents(rows[u]![col]!)).toBe(items);
      });
    }
    for (const row of rows.slice(5)) {
      expect(cents(row[5]!)).toBe(cents(row[6]!) + cents(row[11]!));
      expect(typeof row[5]).toBe(asText ? "string" : "number");
    }
  },
);

test("the engine finds no error in it", async () => {
  const { snapshot } = await generated(false);
  const result = checkWorkbook(snapshot);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(result.tables.map((t) => t.kind)).toEqual(["expense"]);
});
