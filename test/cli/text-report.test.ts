import type { Report } from "../../src/core/findings/report";
import { COLOUR, NO_COLOUR } from "../../src/cli/colour";
import { textReport } from "../../src/cli/text-report";

const report: Report = {
  workbook: "dept.xlsx",
  catalog: { year: 2024, source: "内置 2024（部分）" },
  tables: [{ sheet: "支出表", kind: "expense", range: "A3:G13", unit: "万元" }],
  summary: { error: 1, warning: 1, info: 1 },
  findings: [
    {
      rule: "sum.total",
      severity: "error",
      sheet: "支出表",
      cell: "E5",
      message: "合计不等于分项之和",
      expected: "965.90",
      actual: "966.00",
      difference: "0.10",
      bound: "0.045",
      refs: ["E6", "E7", "E8", "E9", "E10", "E11"].map((cell) => ({ sheet: "支出表", cell })),
    },
    { rule: "table.unit-assumed", severity: "info", sheet: "收支总表", cell: "A2", message: "未注明单位", refs: [] },
    {
      rule: "code.obsolete-name",
      severity: "warning",
      sheet: "支出表",
      cell: "D9",
      message: "旧名称",
      refs: [{ sheet: "收支总表", cell: "C7" }],
    },
  ],
};

test("groups findings under their sheet, in order of first appearance, with both sides and at most four refs", () => {
  expect(textReport(report, "zh", NO_COLOUR).split("\n")).toEqual([
    "dept.xlsx",
    "  科目表：2024 内置 2024（部分）",
    "  识别的表：1 张",
    "",
    "支出表",
    "  ✗ 错误 E5  合计不等于分项之和  sum.total",
    "      应为 965.90  实为 966.00  差额 0.10  尾差界限 0.045  相关 E6, E7, E8, E9 等另 2 处",
    "  ! 警告 D9  旧名称  code.obsolete-name",
    "      相关 收支总表!C7",
    "",
    "收支总表",
    "  i 提示 A2  未注明单位  table.unit-assumed",
    "",
    "dept.xlsx: 错误 1，警告 1，提示 1",
    "",
  ]);
});

test("English headings and counts; colour codes only with the colour palette", () => {
  const en = textReport(report, "en", NO_COLOUR);
  expect(en).toContain(
    "  ✗ error E5  合计不等于分项之和  sum.total\n      expected 965.90  actual 966.00  difference 0.10  rounding bound 0.045  see E6, E7, E8, E9 and 2 more",
  );
  expect(en).toContain("dept.xlsx: 1 error, 1 warning, 1 info");
  expect(en).not.toContain("\u001b[");
  expect(textReport(report, "en", COLOUR)).toContain("\u001b[31m✗ error\u001b[39m");
});

test("a workbook without findings says so", () => {
  const clean: Report = { ...report, summary: { error: 0, warning: 0, info: 0 }, findings: [] };
  expect(textReport(clean, "zh", NO_COLOUR)).toContain("\n未发现问题。\n");
});
