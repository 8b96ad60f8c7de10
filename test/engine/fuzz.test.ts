/** Random and mutated grids: the engine never throws and finishes quickly (fast-check). */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/engine";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { loadSeed } from "../helpers/seed";

const WORDS = [
  "合计",
  "小计",
  "总计",
  "本年收入合计",
  "收入总计",
  "一、",
  "（一）",
  "其中：",
  "单位：万元",
  "单位：元",
  "类",
  "款",
  "项",
  "科目编码",
  "科目名称",
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "一般公共预算",
  "政府性基金",
  "国有资本经营",
  "2024年部门支出预算表",
  "2024年部门收支预算表",
  "财政拨款收支总表",
  "三公",
  "备注：",
  "101",
  "2013101",
  "201",
  "31",
  "01",
  "XX",
  "(20.00)",
  "1,241.66",
  "—",
  "",
  " ",
  "收入",
  "支出",
  "项目",
  "金额",
  "续表",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
);

const grid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 });
const sheetArb: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 6 }),
  values: grid,
});

describe("fuzz", () => {
  test("random workbooks never throw", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 4 }), (sheets) => {
        const wb: WorkbookSnapshot = { name: "fuzz.xlsx", sheets };
        const result = checkWorkbook(wb);
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("mutated seed sheets never throw and each run stays fast", async () => {
    const seed = await loadSeed();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: seed.sheets.length - 1 }), fc.nat({ max: 70 }), fc.nat({ max: 15 }), cell), {
          minLength: 1,
          maxLength: 20,
        }),
        (mutations) => {
          const sheets = seed.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
          for (const [si, r, c, v] of mutations) {
            const values = sheets[si]!.values as CellValue[][];
            while (values.length <= r) values.push([]);
            const row = values[r]!;
            while (row.length <= c) row.push(null);
            row[c] = v;
          }
          const started = Date.now();
          checkWorkbook({ name: "m.xlsx", sheets });
          expect(Date.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 150 },
    );
  });
});
