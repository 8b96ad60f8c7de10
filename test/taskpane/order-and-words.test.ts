import type { Finding, ReportFinding } from "../../src/core/findings";
import {
  asHeld,
  cutText,
  messageParts,
  onlySeverity,
  orderBySeverity,
  severityRows,
  showControls,
  shownParts,
  SHOW_ALL,
  sideWords,
  toggleOnly,
} from "../../src/taskpane/model";

function finding(sheet: string, cell: string, severity: ReportFinding["severity"], rule = "sum.total"): ReportFinding {
  return { rule, severity, sheet, cell, message: `${sheet}!${cell}`, refs: [] };
}

describe("the default order", () => {
  // Report order is by table kind: an unrecognised sheet's note may come first, as on a real workbook.
  const F = [
    finding("封面", "A1", "info", "table.unrecognised"),
    finding("支出表", "B10", "warning"),
    finding("支出表", "F6", "error"),
    finding("收支表", "B7", "error"),
    finding("支出表", "B9", "error"),
    finding("附表", "C3", "info"),
    finding("收支表", "AA2", "error"),
  ];
  const sheets = ["封面", "收支表", "支出表"];

  it("puts errors first, then warnings, then notes; within each by sheet in workbook order, then row, then column", () => {
    const groups = orderBySeverity(F, sheets);
    expect(groups.map((g) => [g.severity, g.findings.map((x) => `${x.finding.sheet}!${x.finding.cell}`)])).toEqual([
      ["error", ["收支表!AA2", "收支表!B7", "支出表!F6", "支出表!B9"]],
      ["warning", ["支出表!B10"]],
      // A sheet the order does not know comes after the known ones.
      ["info", ["封面!A1", "附表!C3"]],
    ]);
  });

  it("keeps each finding's report index and filters without losing it", () => {
    const groups = orderBySeverity(F, sheets, (f) => f.sheet === "支出表");
    expect(groups.map((g) => g.findings.map((x) => x.index))).toEqual([[2, 4], [1]]);
  });

  it("lists a heading per severity before its findings, with no sheet headings", () => {
    const rows = severityRows(orderBySeverity(F, sheets));
    expect(rows[0]).toEqual({ kind: "severity", key: "v:error", sheet: "", severity: "error", count: 4 });
    expect(rows.filter((r) => r.kind === "sheet")).toEqual([]);
    expect(rows.map((r) => r.kind)).toEqual([
      "severity",
      "finding",
      "finding",
      "finding",
      "finding",
      "severity",
      "finding",
      "severity",
      "finding",
      "finding",
    ]);
  });
});

describe("count cards as filters", () => {
  it("a click shows only that severity, a second click shows all again", () => {
    const errorsOnly = toggleOnly(SHOW_ALL, "error");
    expect([...errorsOnly.severities]).toEqual(["error"]);
    expect(onlySeverity(errorsOnly)).toBe("error");
    const all = toggleOnly(errorsOnly, "error");
    expect([...all.severities].sort()).toEqual(["error", "info", "warning"]);
    expect(onlySeverity(all)).toBeUndefined();
  });

  it("a click on another card switches to that severity and keeps the search text", () => {
    const next = toggleOnly({ ...toggleOnly(SHOW_ALL, "error"), query: "F6" }, "info");
    expect([...next.severities]).toEqual(["info"]);
    expect(next.query).toBe("F6");
  });
});

describe("which side is which", () => {
  it.each([
    ["narrative.amount", "inTable", "inText"],
    ["narrative.share", "shouldBe", "inText"],
    ["narrative.yoy", "shouldBe", "inText"],
    ["narrative.item-repeat", "shouldBe", "inText"],
    ["sum.total", "shouldBe", "inTable"],
    ["cross.same-quantity", "shouldBe", "inTable"],
    ["code.name-mismatch", "shouldBe", "inTable"],
  ])("%s: expected is %s, actual is %s", (rule, expected, actual) => {
    expect(sideWords(rule)).toEqual({ expected, actual });
  });
});

describe("workbook text in a sentence", () => {
  const report: ReportFinding = {
    rule: "narrative.amount",
    severity: "error",
    sheet: "情况说明",
    cell: "A5",
    message:
      'The explanatory text "基本支出（人员经费） 12.00 万元" disagrees with 11.00 万元 in "部门支出预算表" F6: off by 1.00 万元.',
    refs: [{ sheet: "部门支出预算表", cell: "F6" }],
  };
  const source = {
    params: { quote: "基本支出（人员经费） 12.00 万元", unit: "万元", otherSheet: "部门支出预算表", otherCell: "F6" },
  } as unknown as Finding;

  it("marks quotes, names and units as content and leaves the tool's words unmarked", () => {
    const parts = messageParts(report, source);
    expect(parts.filter((p) => p.content).map((p) => p.text)).toEqual([
      "基本支出（人员经费） 12.00 万元",
      "万元",
      "部门支出预算表",
      "万元",
    ]);
    const words = parts
      .filter((p) => !p.content)
      .map((p) => p.text)
      .join("");
    expect(words).not.toMatch(/\p{Script=Han}/u);
    expect(parts.map((p) => p.text).join("")).toBe(report.message);
  });

  it("without the engine's finding, still marks what is quoted and the sheets", () => {
    const parts = messageParts(report);
    expect(parts.filter((p) => p.content).map((p) => p.text)).toEqual([
      "基本支出（人员经费） 12.00 万元",
      "部门支出预算表",
    ]);
  });

  it("keeps full-width brackets as they are", () => {
    expect(messageParts(report, source)[1]?.text).toBe("基本支出（人员经费） 12.00 万元");
  });

  it("leaves a code parameter's word unmarked where the sentence spells the code out", () => {
    const fund: ReportFinding = {
      rule: "cross.fund-source",
      severity: "error",
      sheet: "财政拨款收支总表",
      cell: "E12",
      message:
        "Spending from the general public budget 105.00 does not match that fund's income (with carry-over) 100.00: off by 5.00; spending must come from the same fund.",
      refs: [],
    };
    const params = { params: { fundRole: "general" } } as unknown as Finding;
    expect(messageParts(fund, params).filter((p) => p.content)).toEqual([]);
  });
});

describe("control characters and long text", () => {
  it.each([
    ["A\u001b[2JB", "A␛[2JB"],
    ["tab\there", "tab␉here"],
    ["line\nbreak", "line␊break"],
    ["del\u007f", "del␡"],
    ["c1\u0085", "c1⟨U+0085⟩"],
    ["bidi\u202eevil", "bidi⟨U+202E⟩evil"],
    ["plain 合计（万元）", "plain 合计（万元）"],
  ])("%j is shown as %j", (text, shown) => {
    expect(showControls(text)).toBe(shown);
  });

  it("cuts long text without splitting a surrogate pair, saying how much is left", () => {
    expect(cutText("abcdef", 4)).toEqual({ text: "abcd", left: 2 });
    expect(cutText("abc", 4)).toEqual({ text: "abc", left: 0 });
    expect(cutText("ab😀cd", 3)).toEqual({ text: "ab", left: 4 });
  });

  it("cuts a sentence's parts to a total length and escapes each", () => {
    const parts = [
      { text: "Cell \u0007", content: false },
      { text: "x".repeat(1_000_000), content: true },
      { text: " end.", content: false },
    ];
    const shown = shownParts(parts, 300);
    expect(shown.parts.map((p) => p.text.length).reduce((a, b) => a + b)).toBe(300);
    expect(shown.parts[0]).toEqual({ text: "Cell ␇", content: false });
    expect(shown.left).toBe(1_000_000 + 6 + 5 - 300);
  });
});

describe("quotes as the cell holds them", () => {
  const cell = "2025年部门预算中，一般公共服务支出（类）商贸事务（款）行政运行（项）938.99万元，占１２．５％。";
  it.each([
    [
      "一般公共服务支出(类)商贸事务(款)行政运行(项) 938.99 万元",
      "一般公共服务支出（类）商贸事务（款）行政运行（项）938.99万元",
    ],
    ["占 12.5%", "占１２．５％"],
    ["not in the cell (类)", "not in the cell (类)"],
  ])("%j is shown as %j", (quote, shown) => {
    expect(asHeld(quote, cell)).toBe(shown);
  });

  it("leaves the quote as it is without the cell's text", () => {
    expect(asHeld("支出(类) 1 万元", undefined)).toBe("支出(类) 1 万元");
  });

  it("shows a narrative finding's quote from its cell, the rest of the sentence unchanged", () => {
    const report: ReportFinding = {
      rule: "narrative.amount",
      severity: "error",
      sheet: "情况说明",
      cell: "A2",
      message: "情况说明「行政运行(项) 938.99 万元」与「支出表」F8 的 900.00 万元 不一致，相差 38.99 万元。",
      refs: [],
    };
    const parts = messageParts(report, undefined, cell);
    expect(parts.map((p) => p.text).join("")).toBe(
      "情况说明「行政运行（项）938.99万元」与「支出表」F8 的 900.00 万元 不一致，相差 38.99 万元。",
    );
  });
});
