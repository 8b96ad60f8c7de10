/**
 * Issue #12 item 1 on the real corpus: every recognised table is read with all its body rows, the summary tables
 * included, so a changed column total is caught; the engine never reports table.incomplete-read there.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { recogniseWorkbook } from "../../../src/core/engine/recognise/recognise-workbook";
import type { Finding } from "../../../src/core/findings/finding";
import { CORPUS_NAMES, corpusPresent, loadCorpus, withCorpusCell } from "../../helpers/corpus-workbooks";

const present = corpusPresent();
if (!present) console.log("corpus-reading: skipped, ../shared/corpus is absent");
const describeCorpus = present ? describe : describe.skip;

const newFindings = (before: readonly Finding[], after: readonly Finding[]) => {
  const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}|${f.severity}|${f.expected ?? ""}|${f.actual ?? ""}`;
  const seen = new Set(before.map(key));
  return after.filter((f) => f.severity !== "info" && !seen.has(key(f)));
};

describeCorpus("corpus: every recognised table is read", () => {
  test.each(CORPUS_NAMES)("%s: no table.incomplete-read", async (name) => {
    const findings = checkWorkbook(await loadCorpus(name)).findings;
    expect(findings.filter((f) => f.rule === "table.incomplete-read")).toEqual([]);
  });

  test.each(CORPUS_NAMES)("%s: the two summary tables read both sides, every printed line", async (name) => {
    const wb = recogniseWorkbook(await loadCorpus(name));
    const summary = wb.tables.find((t) => t.kind === "income-expense-summary")!;
    const fiscal = wb.tables.find((t) => t.kind === "fiscal-summary")!;
    // Counted from the PDF: income side 一、财政拨款收入, its three funds, 事业收入, 经营收入, 其他收入, 收入总计.
    expect(summary.rows.filter((r) => r.side === "income").map((r) => r.label)).toHaveLength(8);
    // 财政拨款收入: three funds and 收入总计.
    expect(fiscal.rows.filter((r) => r.side === "income")).toHaveLength(4);
    // Expense side: one line per 类 printed, then 支出总计 (7 类 for 商务委员会, 4 for 人民政府办公室).
    const classes = name.startsWith("pt-commerce") ? 7 : 4;
    expect(summary.rows.filter((r) => r.side === "expense")).toHaveLength(classes + 1);
    expect(fiscal.rows.filter((r) => r.side === "expense")).toHaveLength(classes + 1);
    expect(fiscal.rows.filter((r) => r.side === "expense").every((r) => r.amounts.has("general"))).toBe(true);
  });

  test("商务委员会 部门: 三公 car purchase and running columns are read (购置费 / 运行费 under 公务用车)", async () => {
    const wb = recogniseWorkbook(await loadCorpus("pt-commerce-2025-dept"));
    const sangong = wb.tables.find((t) => t.kind === "sangong")!;
    expect(sangong.rows).toHaveLength(1);
    expect([...sangong.rows[0]!.amounts.keys()].sort()).toEqual(
      ["abroad", "car", "car-purchase", "car-running", "office-running", "reception", "total"].sort(),
    );
  });
});

describeCorpus("corpus: a changed column total of a summary table is caught", () => {
  test("财务收支预算总表 支出总计 D18 + 100 元: summary.balance error at D18", async () => {
    const wb = await loadCorpus("pt-commerce-2025-dept");
    const before = checkWorkbook(wb).findings;
    const changed = withCorpusCell(wb, /财务收支预算总表/, 17, 3, (v) => (v as number) + 100);
    const found = newFindings(before, checkWorkbook(changed).findings).filter((f) => f.rule === "summary.balance");
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toContainEqual([
      "D18",
      "error",
      "371514655.00",
      "371514755.00",
    ]);
  });

  test("财政拨款收支预算总表 一般公共预算 column total E18 + 100 元: summary.balance error at E18", async () => {
    const wb = await loadCorpus("pt-commerce-2025-dept");
    const before = checkWorkbook(wb).findings;
    const changed = withCorpusCell(wb, /财政拨款收支预算总表/, 17, 4, (v) => (v as number) + 100);
    const found = newFindings(before, checkWorkbook(changed).findings);
    expect(found.map((f) => [f.rule, f.cell, f.severity, f.expected, f.actual])).toContainEqual([
      "summary.balance",
      "E18",
      "error",
      "371514655.00",
      "371514755.00",
    ]);
  });

  test("单位 收支总表 人员经费 column total E18 + 100 元 (no 基本支出 小计 column): sum.row error", async () => {
    const wb = await loadCorpus("pt-commerce-2025-unit");
    const before = checkWorkbook(wb).findings;
    const changed = withCorpusCell(wb, /财务收支预算总表/, 17, 4, (v) => (v as number) + 100);
    const found = newFindings(before, checkWorkbook(changed).findings);
    expect(found.map((f) => [f.rule, f.cell, f.severity, f.difference])).toContainEqual([
      "sum.row",
      "D18",
      "error",
      "-100.00",
    ]);
  });
});

describeCorpus("corpus: the Shanghai summary tables take part in the cross-table checks", () => {
  test("财政拨款收支预算总表 一、一般公共预算资金 B5 + 100 元: caught against its spending and the 收支总表", async () => {
    const wb = await loadCorpus("pt-commerce-2025-dept");
    const before = checkWorkbook(wb).findings;
    const changed = withCorpusCell(wb, /财政拨款收支预算总表/, 4, 1, (v) => (v as number) + 100);
    const found = newFindings(before, checkWorkbook(changed).findings).map((f) => [f.rule, f.cell, f.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["cross.fund-source", "E18", "error"],
        ["cross.same-quantity", "B6", "error"],
      ]),
    );
  });

  test("支出预算总表: 行政运行, its 款, its 类 and 合计 all + 100 元 (the table still adds up): 收支总表 D18 disagrees", async () => {
    const wb = await loadCorpus("pt-commerce-2025-dept");
    const before = checkWorkbook(wb).findings;
    const cells = [7, 6, 5, 35].flatMap((row) => [
      [row, 4],
      [row, 5],
    ]);
    const index = wb.sheets.findIndex((s) => /部门支出预算总表/.test(s.name));
    const sheet = wb.sheets[index]!;
    const values = sheet.values.map((r, ri) =>
      r.map((v, ci) => (cells.some(([a, b]) => a === ri && b === ci) ? (v as number) + 100 : v)),
    );
    const changed = { ...wb, sheets: wb.sheets.map((s, i) => (i === index ? { ...sheet, values } : s)) };
    const found = newFindings(before, checkWorkbook(changed).findings).filter((f) => !f.rule.startsWith("narrative."));
    expect(found.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual])).toEqual(
      expect.arrayContaining([
        ["cross.same-quantity", "2025年部门财务收支预算总表", "D18", "371514755.00", "371514655.00"],
        ["cross.same-quantity", "2025年部门财务收支预算总表", "D5", "21601833.00", "21601733.00"],
      ]),
    );
    expect(found.every((f) => f.rule !== "sum.total" && f.rule !== "sum.row")).toBe(true);
  });
});
