import type { Finding, Report, ReportFinding } from "../../src/core/findings";
import type { SheetSnapshot } from "../../src/core/grid";
import {
  displayText,
  filterFindings,
  groupFindings,
  listedReport,
  listRows,
  parseTolerance,
  previewWindow,
  restoreSettings,
  SHOW_ALL,
  DEFAULT_SETTINGS,
} from "../../src/taskpane/model";

function finding(
  sheet: string,
  cell: string,
  severity: ReportFinding["severity"],
  message = `${sheet}!${cell}`,
): ReportFinding {
  return { rule: "sum.total", severity, sheet, cell, message, refs: [] };
}

const F = [
  finding("支出表", "F6", "warning"),
  finding("收支表", "B7", "error"),
  finding("支出表", "G6", "error"),
  finding("收支表", "B9", "info"),
  finding("其他", "A1", "info"),
  finding("支出表", "H8", "error"),
];

describe("groupFindings", () => {
  it("groups by sheet in workbook order, then severity errors first, keeping report order and indices", () => {
    expect(groupFindings(F, ["收支表", "支出表"])).toEqual([
      {
        sheet: "收支表",
        counts: { error: 1, warning: 0, info: 1 },
        severities: [
          { severity: "error", findings: [{ index: 1, finding: F[1] }] },
          { severity: "info", findings: [{ index: 3, finding: F[3] }] },
        ],
      },
      {
        sheet: "支出表",
        counts: { error: 2, warning: 1, info: 0 },
        severities: [
          {
            severity: "error",
            findings: [
              { index: 2, finding: F[2] },
              { index: 5, finding: F[5] },
            ],
          },
          { severity: "warning", findings: [{ index: 0, finding: F[0] }] },
        ],
      },
      // A sheet the order does not know comes last.
      {
        sheet: "其他",
        counts: { error: 0, warning: 0, info: 1 },
        severities: [{ severity: "info", findings: [{ index: 4, finding: F[4] }] }],
      },
    ]);
  });

  it("filters without losing report indices", () => {
    const groups = groupFindings(F, ["收支表", "支出表"], (f) => f.severity === "error");
    expect(groups.map((g) => [g.sheet, g.severities.flatMap((s) => s.findings.map((x) => x.index))])).toEqual([
      ["收支表", [1]],
      ["支出表", [2, 5]],
    ]);
  });
});

describe("filterFindings", () => {
  it.each([
    ["", ["error", "warning", "info"], 6],
    ["", ["error"], 3],
    ["支出表", ["error", "warning", "info"], 3],
    ["b7", ["error", "warning", "info"], 1],
    ["收支表!B9", ["error", "warning", "info"], 1],
    ["SUM.TOTAL", ["warning"], 1],
    ["nowhere", ["error", "warning", "info"], 0],
  ] as const)("query %p with severities %p keeps %p", (query, severities, count) => {
    expect(filterFindings(F, { query, severities: new Set(severities) })).toHaveLength(count);
  });
});

describe("listRows", () => {
  it("puts a heading per sheet and per severity before its findings; a collapsed sheet shows only its heading", () => {
    const rows = listRows(groupFindings(F, ["收支表", "支出表", "其他"]), new Set(["支出表"]));
    expect(rows.map((r) => r.key)).toEqual([
      "s:收支表",
      "v:收支表:error",
      "f:1",
      "v:收支表:info",
      "f:3",
      "s:支出表",
      "s:其他",
      "v:其他:info",
      "f:4",
    ]);
    expect(rows[5]).toEqual({
      kind: "sheet",
      key: "s:支出表",
      sheet: "支出表",
      counts: { error: 2, warning: 1, info: 0 },
      collapsed: true,
    });
  });
});

describe("parseTolerance", () => {
  it.each([
    ["", ""],
    ["  ", ""],
    ["0.01", "0.01"],
    ["0.010", "0.01"],
    [".5", "0.5"],
    ["007", "7"],
    ["０．０１", "0.01"],
    ["1.0000", "1"],
    ["-0.01", undefined],
    ["0.00001", undefined],
    ["1e-2", undefined],
    ["abc", undefined],
  ])("%p → %p", (text, expected) => {
    expect(parseTolerance(text)).toBe(expected);
  });
});

describe("restoreSettings", () => {
  it("falls back to the defaults for nothing stored or damaged JSON", () => {
    expect(restoreSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(restoreSettings("{not json")).toEqual(DEFAULT_SETTINGS);
  });
  it("keeps valid fields, drops foreign ones and never restores a catalog sheet of another workbook", () => {
    expect(
      restoreSettings(
        JSON.stringify({
          language: "en",
          profile: "shanghai",
          tolerance: "0.05",
          catalog: { kind: "sheet", sheet: "目录" },
        }),
      ),
    ).toEqual({
      language: "en",
      profile: "shanghai",
      tolerance: "0.05",
      catalog: { kind: "bundled", year: "auto" },
    });
    expect(
      restoreSettings(
        JSON.stringify({ language: "fr", profile: "mars", tolerance: "x", catalog: { kind: "bundled", year: 2024 } }),
      ),
    ).toEqual({
      language: "zh",
      profile: "auto",
      tolerance: "",
      catalog: { kind: "bundled", year: 2024 },
    });
  });
});

describe("the list's sentences: amounts as its boxes show them", () => {
  const engine: Finding = {
    rule: "sum.total",
    severity: "error",
    sheet: "支出表",
    cell: "F6",
    expected: "12616600.00",
    actual: "12615338.35",
    difference: "-1261.65",
    bound: "0.05",
    verdict: "off",
    refs: [],
    params: { parts: "12", label: "支出合计", column: "合计" },
  };
  const report: Report = {
    workbook: "测试.xlsx",
    catalog: { year: 2025, source: "内置 2025" },
    tables: [],
    summary: { error: 1, warning: 0, info: 0 },
    findings: [
      {
        rule: "sum.total",
        severity: "error",
        sheet: "支出表",
        cell: "F6",
        message:
          "「支出合计」12615338.35 不等于其 12 个分项之和 12616600.00，相差 -1261.65（超出四舍五入允许范围 ±0.05）。",
        expected: "12616600.00",
        actual: "12615338.35",
        difference: "-1261.65",
        bound: "0.05",
        verdict: "off",
        refs: [],
      },
    ],
  };

  it.each([
    [
      "zh",
      "「支出合计」12,615,338.35 不等于其 12 个分项之和 12,616,600.00，相差 \u22121,261.65（超出四舍五入允许范围 ±0.05）。",
    ],
    [
      "en",
      '"支出合计" 12,615,338.35 is not the sum of its 12 items 12,616,600.00: off by \u22121,261.65 (beyond the rounding bound ±0.05).',
    ],
  ] as const)("%s: worded again from the engine's finding, grouped and with the true minus", (language, sentence) => {
    const listed = listedReport(report, [engine], language);
    expect(listed.findings[0]?.message).toBe(sentence);
    // The report the pane saves keeps its plain amounts.
    expect(report.findings[0]?.message).toContain("-1261.65");
    expect(listed.findings[0]).toEqual({ ...report.findings[0], message: sentence });
  });

  it("keeps the report's sentence without the engine's finding, or when it is another finding", () => {
    expect(listedReport(report, undefined, "zh")).toBe(report);
    expect(listedReport(report, [{ ...engine, cell: "F7" }], "zh").findings[0]?.message).toContain("-1261.65");
    expect(listedReport(report, [], "zh").findings[0]?.message).toContain("-1261.65");
  });

  it("a search finds an amount however it is written", () => {
    const shown = listedReport(report, [engine], "zh").findings;
    for (const query of ["1261.65", "-1261.65", "\u22121,261.65", "12616600"])
      expect([query, filterFindings(shown, { ...SHOW_ALL, query }).length]).toEqual([query, 1]);
    expect(filterFindings(shown, { ...SHOW_ALL, query: "1261.66" })).toEqual([]);
  });
});

describe("previewWindow", () => {
  const sheet: SheetSnapshot = {
    name: "支出表",
    values: [
      ["2024 年部门支出预算表"],
      ["科目", "合计", "基本支出"],
      ["合计", 1261.66, 1038.62],
      ["行政运行", 5, "<img src=x onerror=alert(1)>"],
    ],
    numberFormats: [
      ["General"],
      ["General", "General", "General"],
      ["General", "#,##0.00", "0.00"],
      ["General", "#,##0.00", "General"],
    ],
  };

  it("shows the cells around the target from A1 on, the target and same-sheet refs marked, numbers as formatted", () => {
    const preview = previewWindow(sheet, "B3", ["$C$4"], 1, 1)!;
    expect(preview.columns).toEqual(["A", "B", "C"]);
    expect(preview.rows.map((r) => r.number)).toEqual([2, 3, 4]);
    expect(preview.rows[1]!.cells).toEqual([
      { address: "A3", text: "合计", numeric: false, target: false, related: false },
      { address: "B3", text: "1,261.66", numeric: true, target: true, related: false },
      { address: "C3", text: "1038.62", numeric: true, target: false, related: false },
    ]);
    expect(preview.rows[2]!.cells[2]).toEqual({
      address: "C4",
      text: "<img src=x onerror=alert(1)>",
      numeric: false,
      target: false,
      related: true,
    });
  });

  it("is undefined for an address that is not a cell", () => {
    expect(previewWindow(sheet, "段落3")).toBeUndefined();
  });

  it.each([
    [5, "#,##0.00", "5.00"],
    [1234.5, "#,##0.00", "1,234.50"],
    [0.7662, "0.00%", "76.62%"],
    [0.5, "0%", "50%"],
    [1261.6, "#,##0", "1,262"],
    [12, "General", "12"],
    [true, null, "TRUE"],
    [null, "0.00", ""],
  ] as const)("displayText(%p, %p) = %p", (value, format, expected) => {
    expect(displayText(value, format)).toBe(expected);
  });
});

it("SHOW_ALL shows every severity with no query", () => {
  expect([...SHOW_ALL.severities].sort()).toEqual(["error", "info", "warning"]);
  expect(SHOW_ALL.query).toBe("");
});
