import type { Report, ReportFinding } from "../../src/core/findings/report";
import { REPORT_SHEET_NAME } from "../../src/host/excel/names";
import { exportReportSheet, reportSheetRows } from "../../src/host/excel/report-sheet";
import { fakeWorkbook, openInFakeExcel, sheetOf, type FakeWorkbook } from "./fake-excel";

const reportFinding = (f: Partial<ReportFinding> & Pick<ReportFinding, "sheet" | "cell">): ReportFinding => ({
  rule: "sum.total",
  severity: "error",
  message: "合计不等于各项之和",
  refs: [],
  ...f,
});

const report = (findings: ReportFinding[]): Report => ({
  workbook: "b.xlsx",
  catalog: { year: 2024, source: "bundled 2024" },
  tables: [],
  summary: { error: 0, warning: 0, info: 0 },
  findings,
});

const HEADER = ["级别", "工作表", "单元格", "说明", "应为", "实为", "差额", "规则"];
const ROW_F6 = ["错误", "部门支出预算表", "F6", "合计不等于各项之和", "1261.65", "1261.66", "0.01", "sum.total"];
const ROW_B3 = ["警告", "O'Neil 表", "B3", '\'=HYPERLINK("x")', "", "", "", "code.name-mismatch"];

const FINDINGS = [
  reportFinding({ sheet: "部门支出预算表", cell: "F6", expected: "1261.65", actual: "1261.66", difference: "0.01" }),
  reportFinding({
    sheet: "O'Neil 表",
    cell: "B3",
    severity: "warning",
    rule: "code.name-mismatch",
    message: '=HYPERLINK("x")',
  }),
];

/** The report sheet as rows of text, and each row's link. */
function readReport(book: FakeWorkbook): { rows: string[][]; links: (string | undefined)[] } {
  const sheet = sheetOf(book, REPORT_SHEET_NAME);
  const rows: string[][] = [];
  const links: (string | undefined)[] = [];
  for (let r = 1; sheet.cells.has(`A${r}`); r += 1) {
    rows.push(["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => String(sheet.cells.get(`${c}${r}`)?.value ?? "")));
    links.push(sheet.cells.get(`C${r}`)?.hyperlink?.documentReference);
  }
  return { rows, links };
}

describe("reportSheetRows", () => {
  it("has a header and one row per finding, formula-like text kept as text", () => {
    expect(reportSheetRows(report(FINDINGS), "zh")).toEqual([HEADER, ROW_F6, ROW_B3]);
  });

  it("says so when there is nothing to report, in English too", () => {
    expect(reportSheetRows(report([]), "en")).toEqual([
      ["Severity", "Sheet", "Cell", "Message", "Expected", "Actual", "Difference", "Rule"],
      ["No findings", "", "", "", "", "", "", ""],
    ]);
  });
});

describe("exportReportSheet", () => {
  it("writes rows as text with a link from each row to its cell, and shows the sheet", async () => {
    const book = fakeWorkbook("b.xlsx", [{ name: "部门支出预算表", cells: { F6: 1261.66 } }]);
    const excel = openInFakeExcel(book);
    const sync = jest.spyOn(excel.context, "sync");
    await exportReportSheet(excel.context, report(FINDINGS), "zh");
    expect(sync).toHaveBeenCalledTimes(2);
    expect(readReport(book)).toEqual({
      rows: [HEADER, ROW_F6, ROW_B3],
      links: [undefined, "'部门支出预算表'!F6", "'O''Neil 表'!B3"],
    });
    expect(sheetOf(book, REPORT_SHEET_NAME).cells.get("E2")?.numberFormat).toBe("@");
    expect(book.active).toBe(REPORT_SHEET_NAME);
  });

  it("replaces an earlier report instead of adding a second one or leaving old rows", async () => {
    const book = fakeWorkbook("b.xlsx", [{ name: "部门支出预算表" }]);
    await exportReportSheet(openInFakeExcel(book).context, report(FINDINGS), "zh");
    await exportReportSheet(openInFakeExcel(book).context, report(FINDINGS.slice(0, 1)), "zh");
    expect(book.sheets.filter((s) => s.name === REPORT_SHEET_NAME)).toHaveLength(1);
    expect(readReport(book).rows).toEqual([HEADER, ROW_F6]);
  });
});
