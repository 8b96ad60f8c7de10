/**
 * Issue #12 items 9 and 10: every table the profile requires is present (Shanghai: nine tables), an extra sheet is
 * a note, and the text sections (封面, 目录, 主要职能, 机构设置, 名词解释) are recognised, not "unrecognised tables".
 */
import { checkWorkbook } from "../../../src/core/engine";
import { recogniseWorkbook } from "../../../src/core/engine/recognise/recognise-workbook";
import type { WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { sheet } from "../../helpers/grid";
import { loadSeed } from "../../helpers/seed";
import { CORPUS_NAMES, corpusPresent, loadCorpus } from "../../helpers/corpus-workbooks";

const RULES = ["workbook.missing-table", "workbook.extra-sheet", "table.unrecognised"];
const found = (wb: WorkbookSnapshot) =>
  checkWorkbook(wb)
    .findings.filter((f) => RULES.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.sheet, "name" in f.params ? f.params.name : null]);

const without = (wb: WorkbookSnapshot, pattern: RegExp): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.filter((s) => !pattern.test(s.name)),
});

test("the seed (Henan): its set is not certain, nothing is required of it; no workbook.* finding", async () => {
  const findings = checkWorkbook(await loadSeed()).findings;
  expect(findings.filter((f) => f.rule.startsWith("workbook."))).toEqual([]);
});

test("a single Shanghai-titled table is not enough to hold a workbook to the nine", () => {
  const one = sheet("收支", [
    ["2025年部门财务收支预算总表"],
    ["编制部门：某局", null, null, "单位：元"],
    ["本年收入", null, "本年支出", null],
    ["项目", "预算数", "项目", "预算数"],
    ["一、财政拨款收入", 100, "一、一般公共服务支出", 100],
    ["收入总计", 100, "支出总计", 100],
  ]);
  expect(found({ name: "one.xlsx", sheets: [one, sheet("备忘", [["备忘"]])] })).toEqual([
    ["table.unrecognised", "info", "备忘", null],
  ]);
});

const present = corpusPresent();
if (!present) console.log("completeness: corpus tests skipped, ../shared/corpus is absent");
(present ? describe : describe.skip)("completeness on the corpus", () => {
  test.each(CORPUS_NAMES)("%s: all nine tables present, no extra sheet, text sections recognised", async (name) => {
    const wb = await loadCorpus(name);
    expect(found(wb)).toEqual([]);
    const sections = recogniseWorkbook(wb).textSections ?? [];
    expect(sections.map((s) => s.section).sort()).toEqual(
      ["contents", "cover", "functions", "glossary", "organisation"].sort(),
    );
  });

  test("商务委员会 部门 without its 三公 sheet: one workbook.missing-table error naming it", async () => {
    const wb = without(await loadCorpus("pt-commerce-2025-dept"), /三公/);
    expect(found(wb)).toEqual([
      ["workbook.missing-table", "error", "2025年部门财务收支预算总表", "“三公”经费和机关运行经费预算表"],
    ]);
  });

  test("人民政府办公室 单位 without its 国有资本经营 sheet (2025: required): error naming it", async () => {
    const wb = without(await loadCorpus("pt-gov-office-2025-unit"), /国有资本经营/);
    expect(found(wb).map((f) => f[3])).toEqual(["国有资本经营预算支出功能分类预算表"]);
  });

  test("an extra sheet added to a corpus workbook is a note (workbook.extra-sheet), not table.unrecognised", async () => {
    const wb = await loadCorpus("pt-gov-office-2025-dept");
    const extra = { ...wb, sheets: [...wb.sheets, sheet("备忘", [["审核意见"], ["请于周五前返回"]])] };
    expect(found(extra)).toEqual([["workbook.extra-sheet", "info", "备忘", null]]);
  });
});

test("findings come errors first, then warnings, then notes", async () => {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const ranks = checkWorkbook(await loadSeed()).findings.map((f) => order[f.severity]);
  expect(ranks.length).toBeGreaterThan(0);
  expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

(present ? test : test.skip)(
  "code.unverifiable once per code per workbook, at its first table, the others as refs",
  async () => {
    const findings = checkWorkbook(await loadCorpus("pt-commerce-2025-dept")).findings;
    const unverifiable = findings.filter((f) => f.rule === "code.unverifiable");
    const codes = unverifiable.map((f) => f.params.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of unverifiable) {
      expect(f.sheet).toBe("2025年部门收入预算总表");
      expect(f.refs.map((r) => r.sheet)).toEqual([
        "2025年部门支出预算总表",
        "2025年部门一般公共预算支出功能分类预算表",
      ]);
    }
  },
);
