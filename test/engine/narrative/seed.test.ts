/**
 * The narrative findings on the seed workbook (../shared/fixtures/fengquan-2024.xlsx, sheet 情况说明), each checked
 * by hand against the tables (arithmetic in the comments; the golden reference test/golden/fengquan-2024.expected.md
 * G31–G49 agrees).
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { sidesFor } from "../../../src/core/messages";
import { loadSeed } from "../../helpers/seed";

type Row = [
  cell: string,
  rule: string,
  severity: string,
  expected: string | undefined,
  actual: string | undefined,
  difference: string | undefined,
];

const EXPECTED: Row[] = [
  // 二、收入: 其中 一般公共预算 1261.66 vs 财政拨款表 B7 / 收支总表 B5 1241.66 (the other 20.00 is 上年结转).
  ["A5", "narrative.amount", "error", "1241.66", "1261.66", "20.00"],
  // 专户管理的教育收费: no table quantity (收支总表 四、财政专户管理资金收入 has no key) — said as info.
  ["A5", "narrative.untied", "info", undefined, "0.00", undefined],
  // 三、支出: 基本支出 1058.62 vs 部门支出预算表 G6 1038.62; 项目支出 203.04 vs L6 223.04 (all funds: the
  // paragraph's base is 支出合计 1261.66 = G6 + L6, so the 支出表 is named, not the 一般公共预算 table's 203.04).
  ["A7", "narrative.amount", "error", "1038.62", "1058.62", "20.00"],
  ["A7", "narrative.amount", "error", "223.04", "203.04", "-20.00"],
  // 1038.62 / 1261.66 = 82.3217…% → 82.32; 223.04 / 1261.66 = 17.6782…% → 17.68.
  ["A7", "narrative.share", "error", "82.32", "83.91", "1.59"],
  ["A7", "narrative.share", "error", "17.68", "16.09", "-1.59"],
  // 四、财政拨款: 一般公共预算收支预算 1261.66 — income side 财政拨款表 B7 1241.66 (spending side E6 1261.66 agrees).
  ["A9", "narrative.amount", "error", "1241.66", "1261.66", "20.00"],
  // 政府性基金收支预算增加 0.00 万元: a zero change worded 增加 (warning). YoY 84.41 / 1177.25 = 7.17% is consistent.
  ["A9", "narrative.direction", "warning", "持平", "增加", undefined],
  // 五、一般公共预算支出 1261.66 vs 一般公共预算支出预算表 F6 1241.66; that table has no class 223 line.
  ["A11", "narrative.amount", "error", "1241.66", "1261.66", "20.00"],
  ["A11", "narrative.amount", "error", "0.00", "20.00", "20.00"],
  // Shares of 1241.66: 966.70 → 77.8554 → 77.86; 151.90 → 12.2336 → 12.23; 40.52 → 3.2633 → 3.26;
  // 82.54 → 6.6475 → 6.65; the 223 line is 0.00 in the 一般公共预算 table → 0.00%.
  ["A11", "narrative.share", "error", "77.86", "76.62", "-1.24"],
  ["A11", "narrative.share", "error", "12.23", "12.04", "-0.19"],
  ["A11", "narrative.share", "error", "3.26", "3.21", "-0.05"],
  ["A11", "narrative.share", "error", "6.65", "6.54", "-0.11"],
  ["A11", "narrative.share", "error", "0.00", "1.59", "1.59"],
  // 六、一般公共预算基本支出 1261.66 vs 一般公共预算支出预算表 G6 1038.62 (= 基本支出表 E5).
  ["A13", "narrative.amount", "error", "1038.62", "1261.66", "223.04"],
  // 国有资本经营预算支出 20.00 vs 财政拨款表 本年支出 国有资本经营 column H6 0.00.
  ["A13", "narrative.amount", "error", "0.00", "20.00", "20.00"],
  // Shares of 基本支出 1038.62: 980.74 → 94.4272 → 94.43; 57.88 → 5.5728 → 5.57; 203.04 → 19.5490 → 19.55; 0.00 → 0.00.
  ["A13", "narrative.share", "error", "94.43", "77.73", "-16.70"],
  ["A13", "narrative.share", "error", "5.57", "4.59", "-0.98"],
  ["A13", "narrative.share", "error", "19.55", "16.09", "-3.46"],
  ["A13", "narrative.share", "error", "0.00", "1.59", "1.59"],
  // 七、三公: 因公出国（境）费 and 公务用车购置费 "比 2023 年增加 0.00 万元" — zero changes worded 增加.
  ["A17", "narrative.direction", "warning", "持平", "增加", undefined],
  ["A19", "narrative.direction", "warning", "持平", "增加", undefined],
  // 八、政府性基金: "年初预算为 0.00 万元。。" ends with a doubled 。.
  ["A21", "narrative.punctuation", "warning", undefined, undefined, undefined],
  // 政府采购 0.00 = 0.00 + 0.00 + 0.00 balances, but no table states procurement: four untied amounts.
  ["A26", "narrative.untied", "info", undefined, "0.00", undefined],
  ["A26", "narrative.untied", "info", undefined, "0.00", undefined],
  ["A26", "narrative.untied", "info", undefined, "0.00", undefined],
  ["A26", "narrative.untied", "info", undefined, "0.00", undefined],
  // 国有资产: "单位价值50万元以上" and "100万元以上" are thresholds, not amounts: said as such (the golden list's note).
  ["A30", "narrative.scope", "info", undefined, "50", undefined],
  ["A30", "narrative.scope", "info", undefined, "100", undefined],
];

/** A finding with its sides as the Chinese report gives them (narrative.direction's directions in words). */
function row(f: Finding): Row {
  const { expected, actual } = sidesFor(f, "zh");
  return [f.cell, f.rule, f.severity, expected, actual, f.difference];
}

const order = (a: Row, b: Row): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe("narrative checks on the seed workbook", () => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = checkWorkbook(await loadSeed()).findings.filter((f) => f.rule.startsWith("narrative."));
  });

  it("reports exactly the hand-checked narrative findings", () => {
    expect(findings.map(row).sort(order)).toEqual([...EXPECTED].sort(order));
  });

  it("reports 基本支出 1058.62 at the paragraph's cell with the 支出表 cell in refs", () => {
    expect(findings).toContainEqual({
      rule: "narrative.amount",
      severity: "error",
      sheet: "情况说明",
      cell: "A7",
      expected: "1038.62",
      actual: "1058.62",
      difference: "20.00",
      table: "narrative",
      refs: [{ sheet: "部门支出预算表", cell: "G6" }],
      params: {
        quote: "基本支出 1058.62 万元",
        words: "基本支出",
        unit: "万元",
        quantity: "expense.basic",
        otherSheet: "部门支出预算表",
        otherCell: "G6",
      },
    });
  });

  it("finds the consistent figures consistent: 收入总计, 三公, 机构运转经费, 政府性基金 0.00, the YoY 7.17%", () => {
    // A21's figure holds; its doubled 。 is a wording finding listed above.
    const figures = findings.filter((f) => f.rule !== "narrative.punctuation");
    expect(figures.filter((f) => ["A3", "A15", "A18", "A21", "A24"].includes(f.cell))).toEqual([]);
    expect(
      findings.filter((f) =>
        [
          "narrative.yoy",
          "narrative.yoy-no-basis",
          "narrative.share-total",
          "narrative.procurement-sum",
          "narrative.placeholder",
        ].includes(f.rule),
      ),
    ).toEqual([]);
  });
});
