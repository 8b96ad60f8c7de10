/** The narrative reader and rules on random text: they never throw and every finding names the paragraph's cell. */
import fc from "fast-check";
import { readParagraph } from "../../../src/core/engine/narrative";
import { NARRATIVE_RULES } from "../../../src/core/engine/rules/narrative-rules";
import { narrativeContext, quantity } from "../../helpers/narrative-context";

const TOKENS = [
  "一、",
  "（一）",
  "收入总计",
  "支出合计",
  "一般公共预算",
  "政府性基金",
  "基本支出",
  "项目支出",
  "人员经费",
  "“三公”经费",
  "公务用车购置费",
  "政府采购",
  "货物",
  "一般公共服务(类)支出",
  "国有资本经营预算（类）",
  "年初预算为",
  "其中：",
  "，",
  "。",
  "；",
  "、",
  "占",
  "占比",
  "增加",
  "减少",
  "增长",
  "下降",
  "持平",
  "无可比性",
  "增加（减少）",
  "XX",
  "待填写",
  "万元",
  "元",
  "%",
  " ",
  "0",
  "1",
  "7",
  "9",
  ".",
  ",",
  "-",
  "１２",
  "．５",
  "以上",
  "≤",
  "2024 年",
  "\n",
  "(",
  ")",
  "的",
];

const paragraph = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(""));

describe("narrative fuzz", () => {
  it("reads any text without throwing", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        readParagraph(text, { scope: "general", item: "basic", topics: ["sangong"], headings: [] });
      }),
      { numRuns: 500 },
    );
  });

  it("runs every narrative rule on any paragraphs without throwing, reporting only on paragraph cells", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const context = narrativeContext(paragraphs, {
          "expense.total": ["1261.66", "支出表", "F6"],
          "expense.basic": ["0.00", "支出表", "G6"],
          "general.total": ["1241.66", "一般公共预算支出预算表", "F6"],
          "general.class.201": ["966.69", "一般公共预算支出预算表", "F8"],
          "sangong.car-purchase": quantity("12616600", "三公", "D5", "元", 0),
        });
        const cells = new Set(paragraphs.map((_, i) => `A${i + 2}`));
        for (const rule of NARRATIVE_RULES)
          for (const finding of rule.check(context)) expect(cells.has(finding.cell)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
