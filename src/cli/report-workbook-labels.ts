/** Sheet names and headings of the report workbook (--report FILE.xlsx), per language. */
import type { Severity, Language } from "../core";

export interface ReportWorkbookLabels {
  readonly summarySheet: string;
  readonly findingsSheet: string;
  /** The name of the n-th findings sheet past Excel's row limit (n ≥ 2). */
  readonly findingsSheetPart: (n: number) => string;
  readonly notesSheet: string;
  readonly summaryHeaders: readonly string[];
  readonly findingsHeaders: readonly string[];
  readonly notesHeaders: readonly string[];
  readonly severity: Readonly<Record<Severity, string>>;
  readonly checked: string;
  /** The severity cell of an accepted finding. */
  readonly accepted: string;
}

export const REPORT_WORKBOOK_LABELS: Readonly<Record<Language, ReportWorkbookLabels>> = {
  zh: {
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    findingsSheetPart: (n) => `问题清单 (${n})`,
    notesSheet: "说明",
    summaryHeaders: ["工作簿", "编制部门/单位", "年度", "错误", "警告", "提示", "已接受", "识别的表", "状态", "文件"],
    findingsHeaders: [
      "工作簿",
      "工作表",
      "单元格",
      "级别",
      "规则",
      "说明",
      "单位",
      "应为",
      "实为",
      "差额",
      "尾差界限",
      "相关单元格",
    ],
    notesHeaders: ["说明"],
    severity: { error: "错误", warning: "警告", info: "提示" },
    checked: "已检查",
    accepted: "已接受",
  },
  en: {
    summarySheet: "Summary",
    findingsSheet: "Findings",
    findingsSheetPart: (n) => `Findings (${n})`,
    notesSheet: "Notes",
    summaryHeaders: [
      "Workbook",
      "Body",
      "Year",
      "Errors",
      "Warnings",
      "Info",
      "Accepted",
      "Tables recognised",
      "Status",
      "File",
    ],
    findingsHeaders: [
      "Workbook",
      "Sheet",
      "Cell",
      "Severity",
      "Rule",
      "Message",
      "Unit",
      "Expected",
      "Actual",
      "Difference",
      "Rounding bound",
      "Other cells",
    ],
    notesHeaders: ["Note"],
    severity: { error: "error", warning: "warning", info: "info" },
    checked: "checked",
    accepted: "accepted",
  },
};
