/**
 * The 部门 + 单位 consolidation on the real corpus (issue 10). Both 部门 PDFs say the 部门 is its 本部 and one
 * subordinate unit that keeps no budget of its own (gov-office source.txt lines 46–49: "下属1家事业单位……不单列预算，
 * 并入本部"; commerce lines 75–78: "下属1家预算单位……上海市普陀区中小企业服务中心，不单列预算"), and each 单位 PDF is
 * that 本部 (预算单位 = the 部门's name). So the 单位 workbook is the complete set and the 部门's figures must equal
 * it: both PDFs print 收入总计 91,016,775.35 (gov-office dept line 127, unit line 153) and 371,514,655.00 (commerce
 * dept line 157, unit line 156). The command line must report no consolidation finding at all.
 */
import { checkWorkbook } from "../../src/core/engine";
import { consolidate, type ConsolidationFacts } from "../../src/core/consolidate";
import { runCli } from "../cli/run-cli";
import { describeWithCorpus, corpusFile, loadCorpusWorkbook, type CorpusWorkbook } from "./corpus-files";

jest.setTimeout(120_000);

const PAIRS = [
  {
    dept: "pt-gov-office-2025-dept",
    unit: "pt-gov-office-2025-unit",
    body: "上海市普陀区人民政府办公室",
    income: "91016775.35",
  },
  {
    dept: "pt-commerce-2025-dept",
    unit: "pt-commerce-2025-unit",
    body: "上海市普陀区商务委员会",
    income: "371514655.00",
  },
] as const;

async function factsOf(name: CorpusWorkbook): Promise<ConsolidationFacts> {
  return checkWorkbook(await loadCorpusWorkbook(name), { consolidation: true }).consolidation!;
}

describeWithCorpus(() => {
  test("all four in one run: each 部门 pairs with its own 本部 only", async () => {
    const run = await runCli(["--format", "ndjson", ...PAIRS.flatMap((p) => [corpusFile(p.dept), corpusFile(p.unit)])]);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; file?: string; units?: string[]; findings?: unknown[] });
    const consolidation = lines.filter((l) => l.kind === "consolidation").map((l) => [l.file, l.units, l.findings]);
    expect(consolidation).toEqual(PAIRS.map((p) => [corpusFile(p.dept), [p.body], []]));
  });

  describe.each(PAIRS.map((p) => [p.dept, p]))("%s with its 单位 workbook", (_name, pair) => {
    test("the 部门 covers one budget unit, and 收入总计 reads as the PDFs print it in both", async () => {
      const dept = await factsOf(pair.dept);
      const unit = await factsOf(pair.unit);
      expect([dept.level, unit.level]).toEqual(["department", "unit"]);
      expect(dept.coverage.units).toBe(1);
      expect([dept.figures["q:income.total"]?.value, unit.figures["q:income.total"]?.value]).toEqual([
        pair.income,
        pair.income,
      ]);
    });

    test("the command line pairs them and reports no consolidation finding", async () => {
      const run = await runCli(["--format", "ndjson", corpusFile(pair.dept), corpusFile(pair.unit)]);
      const lines = run.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as { kind: string; units?: string[]; findings?: unknown[] });
      expect(lines.filter((l) => l.kind === "consolidation")).toEqual([
        expect.objectContaining({ units: [pair.body], findings: [] }),
      ]);
    });

    test("the check does compare them: the unit's 收入总计 two cents higher (beyond the bound ±0.01 of one part) is an error at the 部门's cell", async () => {
      const dept = await factsOf(pair.dept);
      const unit = await factsOf(pair.unit);
      const income = unit.figures["q:income.total"]!;
      const raised = (Number(income.value) + 0.02).toFixed(2);
      const changed = { ...unit, figures: { ...unit.figures, "q:income.total": { ...income, value: raised } } };
      const result = consolidate([
        { id: 0, body: pair.body, workbook: "dept", facts: dept },
        { id: 1, body: pair.body, workbook: "unit", facts: changed },
      ]);
      expect(result.get(0)!.findings).toEqual([
        expect.objectContaining({
          rule: "consolidation.sum",
          severity: "error",
          cell: dept.figures["q:income.total"]!.cell,
          expected: raised,
          actual: pair.income,
        }),
      ]);
    });
  });
});
