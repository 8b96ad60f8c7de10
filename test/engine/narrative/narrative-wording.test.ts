/**
 * The reviewer's text checks (issue #12 item 8), each on small paragraphs and on a real sentence of the corpus
 * (../shared/corpus: pt-commerce-2025, pt-gov-office-2025, each as 部门预算 and 单位预算).
 */
import { recogniseWorkbook } from "../../../src/core/engine/recognise/recognise-workbook";
import type { RuleContext, RuleOf } from "../../../src/core/engine/rule";
import type { RuleId } from "../../../src/core/findings/rule-ids";
import { bodyNameMismatch } from "../../../src/core/engine/rules/body-name-mismatch";
import { narrativeCoverage } from "../../../src/core/engine/rules/narrative-coverage";
import { narrativeCutOff } from "../../../src/core/engine/rules/narrative-cut-off";
import { narrativeLevelWording } from "../../../src/core/engine/rules/narrative-level-wording";
import { narrativeObsoleteName } from "../../../src/core/engine/rules/narrative-obsolete-name";
import { narrativePlaceholder } from "../../../src/core/engine/rules/narrative-placeholder";
import { narrativePunctuation } from "../../../src/core/engine/rules/narrative-punctuation";
import { narrativeUnitMix } from "../../../src/core/engine/rules/narrative-unit-mix";
import { narrativeUnpaired } from "../../../src/core/engine/rules/narrative-unpaired";
import { narrativeWrongYear } from "../../../src/core/engine/rules/narrative-wrong-year";
import { narrativeContext } from "../../helpers/narrative-context";
import { titledTable, withTables } from "../../helpers/line-tables";

/** Real sentences, 2025 budgets. */
const COMMERCE_A4 =
  "支出预算37,151.47万元，其中：财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元。财政拨款支出预算中，一般公共预算拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元；政府性基金拨款支出预算0万元，比2024年预算执行数持平；国有资本经营预算拨款支出预算0万元，比2024年预算执行数持平。";
const COMMERCE_SANGONG = "（三）公务接待费1.00万元。与2024年预算持平，主要原因是根据本部门实际业务需求开展公务接待。";
const GOV_OFFICE_ITEM =
  "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。";
const GOV_OFFICE_UNIT_PROCUREMENT =
  "2025年本单位政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元。";
const COMMERCE_OPEN =
  "根据《普陀区加快发展生命健康产业实施意见》，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核跟踪、评估，按程序落实专项资金拨付";

const in2025 = (context: RuleContext): RuleContext => ({ ...context, year: 2025 });
const run = <R extends RuleId>(rule: RuleOf<R>, paragraphs: string[], year = 2025) =>
  rule.check(year === 2025 ? in2025(narrativeContext(paragraphs)) : narrativeContext(paragraphs));

describe("narrative.wrong-year", () => {
  it("accepts the year before (pt-commerce-2025, 编制说明 A4)", () => {
    expect(run(narrativeWrongYear, [COMMERCE_A4])).toEqual([]);
  });

  it.each([
    ["its own year", "比2025年预算增加5.00万元。", "2025"],
    ["a later year", "与2026年预算持平。", "2026"],
    ["an older 预算 (last year's text left in)", "比2023年预算增加5.00万元。", "2023"],
  ])("reports %s", (_case, text, actual) => {
    expect(run(narrativeWrongYear, [text]).map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ["warning", "2024", actual],
    ]);
  });

  it("leaves a comparison with an older 决算 alone (the latest 决算 is two years back)", () => {
    expect(run(narrativeWrongYear, ["比2023年决算数增加5.00万元。"])).toEqual([]);
  });
});

describe("narrative.cut-off", () => {
  it("accepts a complete reason (pt-commerce-2025, 其他相关情况说明 A7)", () => {
    expect(run(narrativeCutOff, [COMMERCE_SANGONG])).toEqual([]);
  });

  it.each(["比上年减少5.00万元，主要原因是。", "主要用于：；其余为人员经费。", "其中：。"])("reports %s", (text) => {
    expect(run(narrativeCutOff, [text]).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("leaves a sentence that ends on the word 原因 or 如下 alone (主要是政策原因。具体如下。)", () => {
    expect(run(narrativeCutOff, ["比上年减少5.00万元，主要是政策原因。具体如下。"])).toEqual([]);
  });

  it("leaves a paragraph ending on a colon alone: a list follows in the next cells (“其中：”)", () => {
    expect(run(narrativeCutOff, ["2025年“三公”经费预算数为1.00万元，与2024年预算持平。其中："])).toEqual([]);
  });
});

describe("narrative.punctuation", () => {
  it("accepts the corpus sentences", () => {
    expect(
      run(narrativePunctuation, [COMMERCE_A4, GOV_OFFICE_ITEM, "上海市普陀区商务委员会", "2025.1.1-2025.12.31"]),
    ).toEqual([]);
  });

  it.each([
    ["。。", "支出预算100.00万元。。"],
    ["，。", "支出预算100.00万元，。"],
    ["；；", "事业收入0万元；；其他收入0万元。"],
  ])("reports %s", (marks, text) => {
    expect(run(narrativePunctuation, [text]).map((f) => [f.params.reason, f.params.marks])).toEqual([
      ["doubled", marks],
    ]);
  });

  it("reports a sentence of several clauses left without an end mark (pt-commerce-2025, 生命健康专项 A10)", () => {
    expect(run(narrativePunctuation, [COMMERCE_OPEN]).map((f) => f.params.reason)).toEqual(["missing"]);
  });

  it("asks an end mark of a cell's last line only: a line break may fall mid-sentence", () => {
    const cell = "主要用于机关行政运行，以及机关人员经费和日常公用经费\n支出。";
    expect(run(narrativePunctuation, [cell])).toEqual([]);
  });

  it("reads 1,202.95 as one number, not a comma pair", () => {
    expect(run(narrativePunctuation, ["支出1,202.95万元。"])).toEqual([]);
  });
});

describe("narrative.unpaired", () => {
  it("accepts paired quotes and brackets, mixed widths included (pt-commerce-2025: “…（款)…”)", () => {
    const text =
      "11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。";
    expect(run(narrativeUnpaired, [text, GOV_OFFICE_ITEM, "1）人员经费。"])).toEqual([]);
  });

  it("reads numbering inside a paragraph and a quotation over a line break as paired", () => {
    expect(
      run(narrativeUnpaired, [
        "主要原因如下：1）人员增加；2）项目调整。",
        "“一般公共服务支出-\n行政运行”科目1,202.95万元。",
      ]),
    ).toEqual([]);
  });

  it.each([
    ["an unclosed quote", "“一般公共服务支出-行政运行科目1,202.95万元。", "“"],
    ["a close without open", "因公出国（境费0万元）。）", ")"],
    ["an unclosed 《", "根据《普陀区加快发展生命健康产业实施意见，制定细则。", "《"],
  ])("reports %s", (_case, text, mark) => {
    expect(run(narrativeUnpaired, [text]).map((f) => f.params.mark)).toEqual([mark]);
  });
});

describe("narrative.level-wording", () => {
  /** A 情况说明 under the title of the level the table titles say. */
  const withTitles = (titles: string[], paragraphs: string[]) =>
    documentContext(
      {
        情况说明: [
          titles.some((t) => t.includes("预算单位")) ? "2025年单位预算编制说明" : "2025年部门预算编制说明",
          ...paragraphs,
        ],
      },
      titles,
    );
  const unit = ["2025年预算单位收入预算总表", "2025年预算单位一般公共预算基本支出部门预算经济分类预算表"];
  const department = ["2025年部门收入预算总表", "2025年部门一般公共预算基本支出部门预算经济分类预算表"];

  it("accepts 本单位 in a 单位预算 (pt-gov-office-2025-unit, 其他相关情况说明 A11)", () => {
    expect(narrativeLevelWording.check(withTitles(unit, [GOV_OFFICE_UNIT_PROCUREMENT]))).toEqual([]);
  });

  it("reports 本单位 in a 部门预算 and 本部门 in a 单位预算", () => {
    expect(
      narrativeLevelWording.check(withTitles(department, [GOV_OFFICE_UNIT_PROCUREMENT])).map((f) => f.params.words),
    ).toEqual(["本单位"]);
    expect(narrativeLevelWording.check(withTitles(unit, [COMMERCE_SANGONG])).map((f) => f.params.words)).toEqual([
      "本部门",
    ]);
  });

  it("never reads 财政部门, 各部门 or 部门预算经济分类 as the level", () => {
    const text = "主要用于财政部门集中安排的行政单位基本医疗保险费；按部门预算经济分类列示。";
    expect(narrativeLevelWording.check(withTitles(unit, [text]))).toEqual([]);
  });

  it("says nothing when the titles do not tell the level", () => {
    expect(narrativeLevelWording.check(withTitles([], [COMMERCE_SANGONG]))).toEqual([]);
  });
});

describe("narrative.obsolete-name", () => {
  const tables = (name: string) => titledTable("expense", "2025年部门支出预算总表", [["210", name, "109.71"]]);

  it("reports an earlier class name where the tables print the current one", () => {
    const context = withTables(narrativeContext(["医疗卫生与计划生育支出（类）109.71万元。"]), tables("卫生健康支出"));
    expect(narrativeObsoleteName.check(context).map((f) => [f.expected, f.actual])).toEqual([
      ["卫生健康", "医疗卫生与计划生育"],
    ]);
  });

  it("accepts the name the tables print (pt-gov-office-2025, A15)", () => {
    const text =
      "9. “卫生健康支出-行政事业单位医疗-行政单位医疗”科目78.29万元，主要用于财政部门集中安排的行政单位基本医疗保险费缴费经费。";
    expect(narrativeObsoleteName.check(withTables(narrativeContext([text]), tables("卫生健康支出")))).toEqual([]);
  });
});

describe("narrative.unit-mix", () => {
  it("accepts one unit per sentence (pt-commerce-2025, A4)", () => {
    expect(run(narrativeUnitMix, [COMMERCE_A4])).toEqual([]);
  });

  it("leaves a threshold in another unit alone (不超过150元)", () => {
    expect(run(narrativeUnitMix, ["公务接待费1.00万元，接待标准不超过150元。"])).toEqual([]);
  });

  it("reports 元 and 万元 in one sentence", () => {
    expect(
      run(narrativeUnitMix, ["支出预算9,101.68万元，其中：基本支出24,606,775.35元。"]).map((f) => f.params.units),
    ).toEqual(["万元、元"]);
  });
});

describe("narrative.placeholder, extended", () => {
  it.each([
    ["减少（增加）", "比上年减少（增加）5万元。", "减少(增加)"],
    ["增加（或减少）", "比上年增加（或减少）5万元。", "增加(或减少)"],
    ["a lone X before a unit", "政府采购预算X万元。", "X"],
  ])("reports %s", (_case, text, found) => {
    expect(run(narrativePlaceholder, [text]).map((f) => f.params.text)).toEqual([found]);
  });

  it("leaves codes and names with X alone (pt corpus has none, 'XBRL' is a word)", () => {
    expect(run(narrativePlaceholder, ["按XBRL格式报送。"])).toEqual([]);
  });
});

/** A workbook of named sheets (first column), for the checks over the whole document. */
function documentContext(sheets: Record<string, string[]>, titles: string[] = []): RuleContext {
  const snapshot = {
    name: "test.xlsx",
    sheets: Object.entries(sheets).map(([name, lines]) => ({ name, values: lines.map((l) => [l]) })),
  };
  const context = { ...narrativeContext([]), workbook: recogniseWorkbook(snapshot) };
  return withTables(context, ...titles.map((t) => titledTable("income", t)));
}

describe("body.name-mismatch", () => {
  it("reports the line that prints another name, expecting the one most lines print", () => {
    const context = documentContext({
      封面: ["上海市普陀区2025年区级单位预算", "预算单位：上海市普陀区人民政府办公室"],
      收入: ["2025年预算单位收入预算总表", "编制单位：上海市普陀区人民政府办公室"],
      支出: ["2025年预算单位支出预算总表", "编制单位：上海市普陀区人民政府办"],
    });
    expect(bodyNameMismatch.check(context).map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ["支出", "A2", "上海市普陀区人民政府办公室", "上海市普陀区人民政府办"],
    ]);
  });

  it("reads a name with the unit on the same line, and says nothing without a majority", () => {
    const context = documentContext({
      收入: ["编制部门：上海市普陀区商务委员会        单位：元"],
      支出: ["编制部门：上海市普陀区商务委员会  "],
    });
    expect(bodyNameMismatch.check(context)).toEqual([]);
    expect(bodyNameMismatch.check(documentContext({ a: ["编制部门：甲"], b: ["编制部门：乙"] }))).toEqual([]);
    const leftover = documentContext({ a: ["编制部门：甲"], b: ["编制部门：甲"], c: ["编制部门：XX"] });
    expect(bodyNameMismatch.check(leftover)).toEqual([]); // table.placeholder reports "XX"
    // A 绩效目标表 names the unit carrying out each project, not the body.
    const projects = withTables(
      documentContext({ a: ["编制部门：甲"], b: ["编制部门：甲"], 项目绩效目标表: ["单位名称：乙中心"] }),
      { ...titledTable("performance-project", "项目绩效目标表") },
    );
    expect(bodyNameMismatch.check(projects)).toEqual([]);
  });
});

describe("narrative.coverage", () => {
  const department = ["2025年部门收入预算总表"];
  it("accepts a 部门预算 that says which units it covers (pt-gov-office-2025-dept, 部门机构设置)", () => {
    const context = documentContext(
      {
        部门机构设置: [
          "上海市普陀区人民政府办公室部门预算是包括上海市普陀区人民政府办公室本部以及下属1家事业单位的综合收支计划。",
        ],
        情况说明: ["2025年部门预算编制说明", "支出预算9,101.68万元。"],
      },
      department,
    );
    expect(narrativeCoverage.check(context)).toEqual([]);
  });

  it("reports a 部门预算 that does not, at the narrative's first cell", () => {
    const context = documentContext(
      {
        部门机构设置: ["上海市普陀区人民政府办公室设10个内设机构，包括：秘书科、组织人事科。"],
        情况说明: ["2025年部门预算编制说明", "支出预算9,101.68万元。"],
      },
      department,
    );
    expect(narrativeCoverage.check(context).map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["warning", "情况说明", "A1"],
    ]);
  });

  it("does not ask it of a workbook without its 概况 part (the seed prints only its 情况说明)", () => {
    const context = documentContext({ 情况说明: ["2025年部门预算编制说明", "支出预算9,101.68万元。"] }, department);
    expect(narrativeCoverage.check(context)).toEqual([]);
  });

  it("does not ask it of a 单位预算", () => {
    const context = documentContext({ 情况说明: ["2025年单位预算编制说明", "支出预算9,101.68万元。"] }, [
      "2025年预算单位收入预算总表",
    ]);
    expect(narrativeCoverage.check(context)).toEqual([]);
  });
});
