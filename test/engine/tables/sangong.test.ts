/**
 * Issue #12 item 5: the Shanghai 三公 and 机关运行经费 table (合计 = 因公出国（境）+ 公务接待 + 公务用车小计; 小计 =
 * 购置 + 运行), across or one item per row, in 元 or 万元; "本表为空表" over a filled table.
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/grid/snapshot";
import { sheet, withCell, workbook } from "../../helpers/grid";
import { corpusPresent, loadCorpus, withCorpusCell } from "../../helpers/corpus-workbooks";

const found = (s: ReturnType<typeof sheet>, rules: string[]) =>
  checkWorkbook(workbook(s))
    .findings.filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.cell, f.expected ?? null, f.actual ?? null]);

/** The Shanghai print: two header rows, 公务用车购置及运行费 > 小计 | 购置费 | 运行费, then the one row. */
const across = (unit: "元" | "万元", row: CellValue[], notes: CellValue[][] = []) =>
  sheet("三公", [
    ["2025年部门“三公”经费和机关运行经费预算表"],
    ["编制部门：某局", null, null, null, null, null, `单位:${unit}`],
    ["“三公”经费预算数", null, null, null, null, null, "机关运行经费预算数"],
    ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", null, null, null],
    [null, null, null, "小计", "购置费", "运行费", null],
    row,
    ...notes,
  ]);

const down = (unit: "元" | "万元", amounts: number[]) =>
  sheet("三公", [
    ["2025年部门“三公”经费和机关运行经费预算表"],
    ["编制部门：某局", `单位：${unit}`],
    ["项目", "预算数"],
    ["“三公”经费合计", amounts[0]!],
    ["1.因公出国（境）费", amounts[1]!],
    ["2.公务接待费", amounts[2]!],
    ["3.公务用车购置及运行费", amounts[3]!],
    ["其中：（1）公务用车购置费", amounts[4]!],
    ["（2）公务用车运行费", amounts[5]!],
    ["机关运行经费", amounts[6]!],
  ]);

const RULES = ["sangong.sum", "table.incomplete-read", "table.empty-but-filled", "sum.total", "sum.row"];

describe("三公 across (Shanghai two-row header)", () => {
  test.each(["元", "万元"] as const)("consistent in %s: nothing; 机关运行经费 is not added into 合计", (unit) => {
    expect(found(across(unit, [12.5, 2, 1.5, 9, 3, 6, 171.01]), RULES)).toEqual([]);
  });

  test("合计 A6 off by 1: error at A6 (2 + 1.5 + 9 = 12.50)", () => {
    expect(found(withCell(across("万元", [12.5, 2, 1.5, 9, 3, 6, 171.01]), "A6", 13.5), RULES)).toEqual([
      ["sangong.sum", "error", "A6", "12.50", "13.50"],
    ]);
  });

  test("购置费 E6 off by 1 元: error at the 小计 D6 (4 + 6 = 10 ≠ 9)", () => {
    expect(found(withCell(across("元", [12.5, 2, 1.5, 9, 3, 6, 171.01]), "E6", 4), RULES)).toEqual([
      ["sangong.sum", "error", "D6", "10.00", "9.00"],
    ]);
  });
});

describe("三公 one item per row", () => {
  test.each(["元", "万元"] as const)("consistent in %s: nothing", (unit) => {
    expect(found(down(unit, [12.5, 2, 1.5, 9, 3, 6, 171.01]), RULES)).toEqual([]);
  });

  test("公务接待费 B6 off: error at 合计 B4", () => {
    expect(found(down("元", [12.5, 2, 2.5, 9, 3, 6, 171.01]), RULES)).toEqual([
      ["sangong.sum", "error", "B4", "13.50", "12.50"],
    ]);
  });
});

describe("table.empty-but-filled", () => {
  test("“本表为空表” under a filled 三公 row: warning at the note, naming the first amount", () => {
    const filled = across("万元", [1, null, 1, null, null, null, 171.01], [["注：本部门无“三公”经费，本表为空表。"]]);
    expect(found(filled, RULES)).toEqual([["table.empty-but-filled", "warning", "A7", null, "1.00"]]);
  });

  test("“本表为空表” under a blank 三公 row: nothing", () => {
    const blank = across(
      "万元",
      [null, null, null, null, null, null, null],
      [["注：本部门无“三公”经费，本表为空表。"]],
    );
    expect(found(blank, RULES)).toEqual([]);
  });
});

const present = corpusPresent();
if (!present) console.log("sangong: corpus tests skipped, ../shared/corpus is absent");
(present ? describe : describe.skip)("corpus 三公 and empty tables", () => {
  test("商务委员会 部门 三公 合计 A6 1.00 → 2.00 万元: sangong.sum error at A6 (0 + 1.00 + 0 = 1.00)", async () => {
    const wb = withCorpusCell(await loadCorpus("pt-commerce-2025-dept"), /三公/, 5, 0, () => 2);
    const findings = checkWorkbook(wb).findings.filter((f) => f.rule === "sangong.sum");
    expect(findings.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([["A6", "error", "1.00", "2.00"]]);
  });

  test("人民政府办公室 部门 政府性基金表 (本表为空表) given 100 元 in its 合计 row (no number format: shown as 100): table.empty-but-filled", async () => {
    const wb = await loadCorpus("pt-gov-office-2025-dept");
    const index = wb.sheets.findIndex((s) => /政府性基金预算支出/.test(s.name));
    const fund = wb.sheets[index]!;
    const totalRow = fund.values.findIndex((r) => r[0] === "合计");
    const values = fund.values.map((r, i) => (i === totalRow ? ["合计", null, null, null, 100] : r));
    const changed = { ...wb, sheets: wb.sheets.map((s, i) => (i === index ? { ...fund, values } : s)) };
    const findings = checkWorkbook(changed).findings.filter((f) => f.rule === "table.empty-but-filled");
    expect(findings.map((f) => [f.sheet, f.severity, f.actual, f.refs[0]?.cell])).toEqual([
      [fund.name, "warning", "100", `E${totalRow + 1}`],
    ]);
  });
});
