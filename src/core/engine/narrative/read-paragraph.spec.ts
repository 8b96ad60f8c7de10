import { Dec } from "../../money";
import { readParagraph as readWithPositions } from "./read-paragraph";
import type { Claim, HeadingContext, PrintedNumber } from "./types";

/** The claims without where each amount stands (asserted on its own below), so the expectations stay readable. */
function readParagraph(text: string, context: HeadingContext): Claim[] {
  return readWithPositions(text, context).map((claim) => {
    if (claim.kind !== "amount") return claim;
    const { at: _at, ...rest } = claim;
    return rest;
  });
}

const ROOT: HeadingContext = { scope: "none", topics: [], headings: [] };

function num(text: string): PrintedNumber {
  const dot = text.indexOf(".");
  return { value: new Dec(text.replace(/,/g, "")), decimals: dot < 0 ? 0 : text.length - dot - 1, text };
}

describe("readParagraph", () => {
  it("places each amount where its figure stands, and reads a bare 万 before punctuation as 万元", () => {
    const text = "2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，服务1.5万人。";
    const amounts = readWithPositions(text, ROOT).filter((c) => c.kind === "amount");
    expect(amounts.map((c) => [c.figure.text, c.unit, c.at])).toEqual([
      ["1170.00", "万元", text.indexOf("1170.00")],
      ["870.00", "万元", text.indexOf("870.00")],
    ]);
  });

  it("does not read 稳增长 as a change: the figure after it is an amount", () => {
    const claims = readWithPositions("支持外贸发展370.00万，支持商销稳增长30.00万。", ROOT);
    expect(claims.map((c) => c.kind)).toEqual(["amount", "amount"]);
  });

  it("reads amounts, the quantity each names, and shares of the paragraph's first amount", () => {
    const claims = readParagraph(
      "中共新乡市凤泉区委员会办公室 2024 年支出合计 1261.66 万元，其中：基本支出 1058.62 万元，占 83.91%；项目支出 203.04 万元，占 16.09%。",
      { ...ROOT, item: "expense" },
    );
    expect(claims).toEqual<Claim[]>([
      {
        kind: "amount",
        figure: num("1261.66"),
        unit: "万元",
        label: "中共新乡市凤泉区委员会办公室 2024 年支出合计",
        naming: {
          scope: "none",
          item: "expense-total",
          groups: [["expense.total", "expense-table.total"]],
          words: "支出合计",
        },
      },
      {
        kind: "amount",
        figure: num("1058.62"),
        unit: "万元",
        label: "基本支出",
        naming: { scope: "none", item: "basic", groups: [["expense.basic"]], words: "基本支出" },
      },
      { kind: "share", figure: num("83.91"), part: 1, base: 0 },
      {
        kind: "amount",
        figure: num("203.04"),
        unit: "万元",
        label: "项目支出",
        naming: { scope: "none", item: "project", groups: [["expense.project"]], words: "项目支出" },
      },
      { kind: "share", figure: num("16.09"), part: 3, base: 0 },
    ]);
  });

  it("reads a year-on-year change with its amount, percentage and this year's figure", () => {
    const claims = readParagraph(
      "2024 年收入总计 1261.66 万元，与 2023 年预算相比，收支增加 84.41 万元，增长 7.17%。",
      ROOT,
    );
    expect(claims[1]).toEqual<Claim>({
      kind: "change",
      text: "增加 84.41 万元,增长 7.17%",
      directions: ["increase", "increase"],
      amount: { figure: num("84.41"), unit: "万元", word: "增加", direction: "increase" },
      percent: { figure: num("7.17"), word: "增长", direction: "increase" },
      noBasis: false,
      current: 0,
    });
  });

  it("ties a change to the earlier figure naming the same quantity, and joins 持平 to it", () => {
    const claims = readParagraph(
      "一般公共预算收支预算 1261.66 万元，政府性基金收支预算 0.00 万元。与 2023 年相比，政府性基金收支预算增加 0.00 万元，与上年持平。",
      ROOT,
    );
    expect(claims[2]).toEqual<Claim>({
      kind: "change",
      text: "增加 0.00 万元,与上年持平",
      directions: ["increase", "flat"],
      amount: { figure: num("0.00"), unit: "万元", word: "增加", direction: "increase" },
      noBasis: false,
      current: 1,
    });
  });

  it("reports template text and does not read 增加（减少） as a direction", () => {
    expect(readParagraph("比上年增加（减少）XX万元，原因：待填写。", ROOT)).toEqual<Claim[]>([
      { kind: "placeholder", text: "增加(减少)" },
      { kind: "placeholder", text: "XX" },
      { kind: "placeholder", text: "待填写" },
    ]);
  });

  it.each([
    ["full-width digits", "基本支出１０３８．６２万元", "1038.62", "万元"],
    ["thousands separators", "基本支出 1,038.62 万元", "1,038.62", "万元"],
    ["元", "基本支出 10386200 元", "10386200", "元"],
    ["no decimals", "基本支出 9 万元", "9", "万元"],
  ])("reads amounts with %s", (_case, text, figure, unit) => {
    expect(readParagraph(text, ROOT)).toEqual([
      {
        kind: "amount",
        figure: num(figure),
        unit,
        label: "基本支出",
        naming: { scope: "none", item: "basic", groups: [["expense.basic"]], words: "基本支出" },
      },
    ]);
  });

  it.each([
    ["a threshold", "单价50万元以上通用设备0台（套）"],
    ["a limit", "成本指标≤60 万元"],
    ["a count and a year", "2023年期末，我单位共有车辆3辆"],
  ])("reads no amount in %s", (_case, text) => {
    expect(readParagraph(text, ROOT)).toEqual([]);
  });

  it("reads a share with a space before % and a base named after 占", () => {
    const claims = readParagraph(
      "一般公共预算支出 1261.66 万元，基本支出 1038.62 万元；人员经费 980.74 万元，占基本支出的 94.43 %。",
      ROOT,
    );
    expect(claims[3]).toEqual<Claim>({ kind: "share", figure: num("94.43"), part: 2, base: 1 });
  });

  it("reads 无可比性 and a decrease", () => {
    const claims = readParagraph(
      "公务接待费 2.00 万元，比上年减少 1.00 万元，下降 33.33%。因公出国（境）费 1.00 万元，增加 1.00 万元，无可比性。",
      {
        ...ROOT,
        topics: ["sangong"],
      },
    );
    expect(claims.filter((c) => c.kind === "change")).toEqual<Claim[]>([
      {
        kind: "change",
        text: "减少 1.00 万元,下降 33.33%",
        directions: ["decrease", "decrease"],
        amount: { figure: num("1.00"), unit: "万元", word: "减少", direction: "decrease" },
        percent: { figure: num("33.33"), word: "下降", direction: "decrease" },
        noBasis: false,
        current: 0,
      },
      {
        kind: "change",
        text: "增加 1.00 万元",
        directions: ["increase"],
        amount: { figure: num("1.00"), unit: "万元", word: "增加", direction: "increase" },
        noBasis: true,
        current: 2,
      },
    ]);
  });

  it.each([
    ["增幅为", "增加 84.41 万元，增幅为 7.17%", "增幅", "increase"],
    ["增长率", "增加 84.41 万元，增长率 7.17%", "增长率", "increase"],
    ["降幅", "减少 84.41 万元，降幅 7.17%", "降幅", "decrease"],
  ])("reads a rate written with %s", (_case, change, word, direction) => {
    const claims = readParagraph(`收入总计 1261.66 万元，${change}。`, ROOT);
    expect(claims[1]).toMatchObject({ kind: "change", percent: { figure: num("7.17"), word, direction } });
  });

  it("reads 增加为 X as this year's level and 由 X as last year's figure, which no table states", () => {
    const claims = readParagraph("基本支出由 1000.00 万元增加为 1038.62 万元。", ROOT);
    expect(
      claims.map((c) => (c.kind === "amount" ? [c.figure.text, c.naming.groups, c.naming.words] : c.kind)),
    ).toEqual([["1000.00", [], "基本支出（上年）"], "change", ["1038.62", [["expense.basic"]], "基本支出"]]);
  });

  it.each([
    ["一般公共服务(类)支出 966.70 万元", "class", [["class.201", "general.class.201"]]],
    ["一般公共服务支出（类）966.70 万元", "class", [["class.201", "general.class.201"]]],
    ["一般公共服务支出 966.70 万元", "class", [["class.201", "general.class.201"]]],
    ["国有资本经营预算（类）支出 20.00 万元", "class", [["class.223", "general.class.223"]]],
    [
      "国有资本经营预算支出 20.00 万元",
      "expense",
      [["state-capital.total", "fiscal.expense.state-capital", "state-capital.empty"]],
    ],
    ["公务车购置及运行费 7.20 万元", "sangong-car", [["sangong.car"]]],
    ["财政拨款收入 9,159,000 元", "income", [["fiscal.income.current", "fiscal.income.total", "income-table.fiscal"]]],
    ["事业收入 0 万元 (never 收入总计)", "business-income", [["income-table.business"]]],
    ["涉及项目预算资金 6626 万元 (预算 alone names nothing)", undefined, []],
    ["专户管理的教育收费 0.00 万元", "expense", []],
  ])("names %s", (text, item, groups) => {
    const [claim] = readParagraph(text.replace(/ \(.*\)$/, ""), ROOT);
    expect(claim?.kind === "amount" && [claim.naming.item, claim.naming.groups]).toEqual([item, groups]);
  });
});

describe("收入/支出 closing a longer name", () => {
  it.each([
    ["办公费支出 5.00 万元", []],
    ["上级补助收入 0.00 万元 (never 收入总计)", [["income-table.superior"]]],
    ["附属单位上缴收入 0.00 万元", [["income-table.subsidiary"]]],
    ["工资福利支出 466.13 万元", []],
    ["上海市普陀区人民政府办公室收入预算 9,101.68 万元", [["income.total", "income-table.total"]]],
    ["支出预算 9,101.68 万元", [["expense.total", "expense-table.total"]]],
    ["2025年本部门及下属2家单位支出预算 900.00 万元", [["expense.total", "expense-table.total"]]],
  ])("%s", (text, groups) => {
    const [claim] = readParagraph(text.replace(/ \(.*\)$/, ""), ROOT);
    expect(claim?.kind === "amount" && claim.naming.groups).toEqual(groups);
  });
});
