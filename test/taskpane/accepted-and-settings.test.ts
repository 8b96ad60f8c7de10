import type { Report, ReportFinding } from "../../src/core/findings";
import { applyAccepted, type AcceptedReportFinding } from "../../src/core";
import { acceptanceOf, reapplyAccepted, withAcceptance, withoutAcceptance } from "../../src/session";
import {
  acceptedRows,
  DEFAULT_SETTINGS,
  paneSettingsFrom,
  parseTolerance,
  settingsFileText,
  sharedSettingsOf,
  summaryCounts,
} from "../../src/taskpane/model";
import { parseSettings } from "../../src/core/settings";

const finding = (cell: string, severity: ReportFinding["severity"], actual = "10"): ReportFinding => ({
  rule: "sum.total",
  severity,
  sheet: "部门支出预算表",
  cell,
  message: "合计不符",
  expected: "9",
  actual,
  difference: "1",
  refs: [],
});

const REPORT: Report = {
  workbook: "b.xlsx",
  catalog: { year: 2024, source: "stub" },
  tables: [],
  summary: { error: 2, warning: 1, info: 0 },
  findings: [finding("F6", "error"), finding("F9", "error"), finding("C3", "warning")],
};
const AT = new Date("2026-03-02T09:00:00.123Z");

describe("accepting in the pane", () => {
  it("an acceptance holds the rule, the cell and both sides, at whole seconds", () => {
    expect(acceptanceOf(REPORT.findings[0]!, "已说明：追加", AT)).toEqual({
      rule: "sum.total",
      sheet: "部门支出预算表",
      cell: "F6",
      expected: "9",
      actual: "10",
      reason: "已说明：追加",
      at: "2026-03-02T09:00:00Z",
    });
  });

  it("accepting again replaces the reason; un-accepting removes only that finding", () => {
    const a = acceptanceOf(REPORT.findings[0]!, "旧", AT);
    const b = acceptanceOf(REPORT.findings[1]!, "乙", AT);
    const list = withAcceptance(withAcceptance([a, b], { ...a, reason: "新" }), b);
    expect(list.map((x) => [x.cell, x.reason])).toEqual([
      ["F6", "新"],
      ["F9", "乙"],
    ]);
    expect(withoutAcceptance(list, REPORT.findings[1]!).map((x) => x.cell)).toEqual(["F6"]);
  });

  it("re-applying a changed list recomputes flags and counts from the engine's findings", () => {
    const once = applyAccepted(REPORT, [acceptanceOf(REPORT.findings[0]!, "甲", AT)]).report;
    expect(once.summary).toEqual({ error: 1, warning: 1, info: 0 });
    const moved = reapplyAccepted(once, [acceptanceOf(REPORT.findings[2]!, "丙", AT)]);
    expect(moved.summary).toEqual({ error: 2, warning: 0, info: 0 });
    expect((moved.findings as AcceptedReportFinding[]).map((f) => f.accepted?.reason)).toEqual([
      undefined,
      undefined,
      "丙",
    ]);
    expect(reapplyAccepted(moved, []).summary).toEqual(REPORT.summary);
  });

  it("a direction accepted in one language stays accepted in the other (the sides are words, matched as codes)", () => {
    const direction = (expected: string): ReportFinding => ({
      rule: "narrative.direction",
      severity: "warning",
      sheet: "情况说明",
      cell: "A9",
      message: "—",
      expected,
      actual: "增加",
      refs: [],
    });
    const english: Report = {
      ...REPORT,
      findings: [direction("unchanged")],
      summary: { error: 0, warning: 1, info: 0 },
    };
    expect(applyAccepted(english, [acceptanceOf(direction("持平"), "已说明", AT)]).accepted).toBe(1);
    expect(applyAccepted(english, [acceptanceOf(direction("增加"), "已说明", AT)]).accepted).toBe(0);
  });

  it("accepted findings are counted apart and listed after the others under their own heading", () => {
    const report = applyAccepted(REPORT, [acceptanceOf(REPORT.findings[1]!, "乙", AT)]).report;
    expect(summaryCounts(report)).toMatchObject({
      total: 2,
      accepted: 1,
      bySeverity: { error: 1, warning: 1, info: 0 },
    });
    expect(acceptedRows(report.findings, ["部门支出预算表"]).map((r) => r.key)).toEqual(["accepted", "f:1"]);
    expect(acceptedRows(REPORT.findings, ["部门支出预算表"])).toEqual([]);
  });
});

describe("settings shared with the command line", () => {
  it("the pane's choices become the settings file's keys, one tolerance for both units", () => {
    const pane = {
      ...DEFAULT_SETTINGS,
      profile: "shanghai" as const,
      tolerance: parseTolerance("0.01")!,
      catalog: { kind: "bundled" as const, year: 2025 },
    };
    expect(sharedSettingsOf(pane)).toEqual({
      profile: "shanghai",
      tolerance: { 元: "0.01", 万元: "0.01" },
      catalog: { year: 2025 },
    });
    expect(sharedSettingsOf(DEFAULT_SETTINGS)).toEqual({});
  });

  it("keys the pane cannot show are kept: rules, limits, a catalog file, a per-unit tolerance", () => {
    const stored = {
      rules: { "code.unverifiable": "off" as const },
      limits: { maxFileMB: 20 },
      catalog: { file: "catalog.xlsx", year: 2024 },
      tolerance: { 元: "1" },
    };
    expect(sharedSettingsOf(DEFAULT_SETTINGS, stored)).toEqual({
      rules: { "code.unverifiable": "off" },
      limits: { maxFileMB: 20 },
      catalog: { file: "catalog.xlsx" },
      tolerance: { 元: "1" },
    });
  });

  it("the workbook's settings set the pane's choices; the language stays the pane's", () => {
    const pane = paneSettingsFrom(
      { ...DEFAULT_SETTINGS, language: "en" },
      { profile: "henan", tolerance: { 元: "0.5", 万元: "0.5" }, catalog: { year: 2026 } },
    );
    expect(pane).toEqual({
      language: "en",
      profile: "henan",
      tolerance: "0.5",
      catalog: { kind: "bundled", year: 2026 },
    });
    expect(paneSettingsFrom(pane, {})).toEqual({ ...DEFAULT_SETTINGS, language: "en" });
  });

  it("the exported file is read back by the command line's strict reader", () => {
    const settings = { rules: { "sum.row": "warning" as const }, profile: "national" as const };
    const text = settingsFileText(settings);
    expect(JSON.parse(text)).toMatchObject({ $schema: "./budget-check.config.schema.json" });
    expect(parseSettings(text)).toEqual({ ok: true, settings });
  });
});
