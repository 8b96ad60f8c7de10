/**
 * Within one item (issue #12 item 2): the repeated amount equals the item's (narrative.item-repeat); with last year's
 * and this year's figures stated, the rate is (b − a) ÷ a (narrative.yoy) and its word has the sign of b − a
 * (narrative.direction).
 */
import { narrativeDirection } from "../../../src/core/engine/rules/narrative-direction";
import { narrativeItemRepeat } from "../../../src/core/engine/rules/narrative-item-repeat";
import { narrativeUntied } from "../../../src/core/engine/rules/narrative-untied";
import { narrativeYoy } from "../../../src/core/engine/rules/narrative-yoy";
import { narrativeContext } from "../../helpers/narrative-context";

const ITEM =
  "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”312.40万元。2024年当年预算执行数为290.15万元，2025年预算安排312.40万元，比2024年预算执行数增加7.67%。主要原因是：人员增加。";

const check = (text: string) => {
  const context = narrativeContext([text]);
  return {
    repeat: narrativeItemRepeat.check(context).map((f) => [f.expected, f.actual, f.difference]),
    yoy: narrativeYoy.check(context).map((f) => [f.severity, f.expected, f.actual]),
    direction: narrativeDirection.check(context).map((f) => [f.params.expectedDirection, f.params.actualWord]),
  };
};

describe("an item explained with last year's and this year's figures", () => {
  it("holds when every figure agrees: (312.40 − 290.15) ÷ 290.15 = 7.67%", () => {
    expect(check(ITEM)).toEqual({ repeat: [], yoy: [], direction: [] });
  });

  it("reports the repeated amount that differs from the item's", () => {
    expect(check(ITEM.replace("2025年预算安排312.40", "2025年预算安排321.40")).repeat).toEqual([
      ["312.40", "321.40", "9.00"],
    ]);
  });

  it("reports a rate that does not follow from the two figures (an error beyond the last digit)", () => {
    expect(check(ITEM.replace("增加7.67%", "增加8.67%")).yoy).toEqual([["error", "7.67", "8.67"]]);
  });

  it("a last-digit slip in the rate is a warning", () => {
    expect(check(ITEM.replace("增加7.67%", "增加7.68%")).yoy).toEqual([["warning", "7.67", "7.68"]]);
  });

  it("reports a word that contradicts the sign of this year − last year", () => {
    expect(check(ITEM.replace("增加7.67%", "减少7.67%")).direction).toEqual([["increase", "减少"]]);
  });

  it("does not report last year's figure or the repeat as untied, nor tie them to the tables", () => {
    const untied = narrativeUntied.check(narrativeContext([ITEM])).map((f) => f.actual);
    // Only last year's figure: no table states it (the item itself has no table in this context either).
    expect(untied).toEqual(["312.40", "290.15"]);
  });

  it("compares a repeat with the nearest item before it when one paragraph explains several", () => {
    const text =
      "1.“住房保障支出（类）住房改革支出（款）住房公积金（项）”174.14万元；2.“住房保障支出（类）住房改革支出（款）购房补贴（项）”186.77万元，2025年预算安排186.77万元。";
    expect(check(text).repeat).toEqual([]);
  });

  it("never treats a figure with more words than 预算安排 as the repeat (项目支出 …其中 购置设备)", () => {
    const text =
      "“住房保障支出（类）住房改革支出（款）住房公积金（项）”174.14万元，其中：2025年预算安排购置设备10.00万元。";
    expect(check(text).repeat).toEqual([]);
  });
});
