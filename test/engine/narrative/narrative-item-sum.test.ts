import { narrativeItemSum } from "../../../src/core/engine/rules/narrative-item-sum";
import { narrativePerformanceFunds } from "../../../src/core/engine/rules/narrative-performance-funds";
import { narrativeProcurementReserve } from "../../../src/core/engine/rules/narrative-procurement-reserve";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { narrativeContext } from "../../helpers/narrative-context";

/** The project sheets' sentence (pt-commerce-2025-dept, 生命健康专项 A14), with one figure changed where asked. */
function project(total: string, first: string, closing: string): string {
  return `2025年度项目总预算${total}万，其中支持企业规模化发展${first}万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计${closing}万。`;
}

const brief = (text: string) =>
  narrativeItemSum
    .check(narrativeContext([text]))
    .map((f) => [f.severity, f.params.kind, f.expected, f.actual, f.difference]);

describe("narrative.item-sum", () => {
  it("holds where the parts add up to 合计 and 合计 repeats the total", () => {
    expect(brief(project("1170.00", "870.00", "1170.00"))).toEqual([]);
  });

  it("reports a part that no longer adds up to 合计", () => {
    expect(brief(project("1170.00", "871.00", "1170.00"))).toEqual([
      ["error", "closing", "1171.00", "1170.00", "1.00"],
    ]);
  });

  it("reports a 合计 that differs from the total stated first, and the parts against it", () => {
    expect(brief(project("1171.00", "870.00", "1170.00"))).toEqual([["error", "total", "1171.00", "1170.00", "1.00"]]);
    expect(brief(project("1170.00", "870.00", "1171.00"))).toEqual([
      ["error", "closing", "1170.00", "1171.00", "1.00"],
      ["error", "total", "1170.00", "1171.00", "1.00"],
    ]);
  });

  it("without 合计 the list may be partial: only parts exceeding the total are wrong", () => {
    expect(brief("2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万。")).toEqual([]);
    expect(brief("2025年度项目总预算1720.00万，其中各级企业技术中心认定1000.00万。")).toEqual([]);
    expect(brief("2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1721.00万。")).toEqual([
      ["error", "exceeds", "1721.00", "1720.00", "1.00"],
    ]);
  });

  it("leaves change figures, last year's figures and reasons out of the parts", () => {
    expect(
      brief(
        "收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元；事业收入0万元；其他收入0万元。",
      ),
    ).toEqual([]);
    expect(brief("支出预算100.00万元，其中：基本支出60.00万元，主要原因是新增项目80.00万元。")).toEqual([]);
  });

  it("does not ask Σ = 合计 when a figure between the parts was read as something else", () => {
    // 增加 makes 30.00 a change: it may be a part, so only an excess of the parts read could be judged.
    expect(brief("项目总预算400.00万，其中支持外贸发展370.00万，支持商销增加30.00万，合计400.00万。")).toEqual([]);
  });

  it("does not judge a list with a subtotal among its parts (it would be counted twice)", () => {
    expect(
      brief("支出预算60.00万元，其中：工资30.00万元、津贴20.00万元，两项合计50.00万元；公用经费10.00万元。"),
    ).toEqual([]);
  });

  it("leaves 政府采购 sentences to the procurement rules", () => {
    expect(brief("政府采购预算34万元，其中：政府采购货物预算40万元。")).toEqual([]);
  });
});

describe("narrative.procurement-reserve", () => {
  const reserve = (total: string, reserved: string, small: string) =>
    narrativeProcurementReserve
      .check(
        narrativeContext([
          `2025年本部门政府采购预算${total}万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算${total}万元。`,
          `2025年本部门面向中小企业预留政府采购项目预算金额${reserved}万元，其中，预留给小型和微型企业的政府采购项目预算为${small}万元。`,
        ]),
      )
      .map((f) => [f.severity, f.cell, f.expected, f.actual, f.difference, f.refs.map((r) => r.cell).join()]);

  it("holds where the reservation is within the total and the 小微 part within the reservation", () => {
    expect(reserve("34", "34", "34")).toEqual([]);
    expect(reserve("34", "30", "20")).toEqual([]);
  });

  it("reports a reservation above the procurement total", () => {
    expect(reserve("34", "35", "34")).toEqual([["error", "A3", "≤ 34", "35", "1", "A2"]]);
  });

  it("reports a 小微 part above the reservation", () => {
    expect(reserve("34", "34", "35")).toEqual([["error", "A3", "≤ 34", "35", "1", "A3"]]);
  });
});

describe("narrative.untied: why a project's money and the performance-target money are not tied", () => {
  const reasons = (paragraphs: string[]) =>
    narrativeUntied.check(narrativeContext(paragraphs)).map((f) => [f.actual, f.params.reason, f.params.quote]);

  it("a project sheet's 年度预算安排: the tables are by 项, not by project", () => {
    expect(
      reasons(["六、年度预算安排", "2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万。"]),
    ).toEqual([
      ["1720.00", "project", "项目总预算 1720.00 万元"],
      ["1720.00", "project", "其中各级企业技术中心及专精特新认定 1720.00 万元"],
    ]);
  });

  it("the money of the projects with performance targets is only part of 项目支出", () => {
    expect(
      reasons(["四、绩效目标设置情况", "2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。"]),
    ).toEqual([["11381.60", "performance-funds", "涉及项目预算资金 11381.60 万元"]]);
  });
});

describe("performance.exceeds-project from the text: 涉及项目预算资金 never above 项目支出", () => {
  const over = (figure: string) =>
    narrativePerformanceFunds
      .check(
        narrativeContext([`本部门编报绩效目标的项目共11个，涉及项目预算资金${figure}万元。`], {
          "expense.project": ["6641.00", "部门支出预算总表", "G26"],
        }),
      )
      .map((f) => [
        f.severity,
        f.expected,
        f.actual,
        f.difference,
        f.params.projects,
        f.refs.map((r) => r.cell).join(),
      ]);

  it("holds at or below 项目支出 (6626 ≤ 6641: not every project needs targets)", () => {
    expect(over("6626")).toEqual([]);
    expect(over("6641")).toEqual([]);
  });

  it("reports an excess beyond the figure's own rounding", () => {
    expect(over("6642")).toEqual([["error", "6641.00", "6642.00", "1.00", "11", "G26"]]);
  });
});
