import type { Language, Severity } from "../../core";

/** Sheet names and column headings of the reviewer's report workbook. */
export interface ReportLabels {
  readonly summarySheet: string;
  readonly findingsSheet: string;
  readonly summaryHeaders: readonly [string, string, string, string, string, string];
  readonly findingsHeaders: readonly string[];
  readonly severity: Readonly<Record<Severity, string>>;
  readonly openFile: string;
}

export const REPORT_LABELS: Readonly<Record<Language, ReportLabels>> = {
  zh: {
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    summaryHeaders: ["工作簿", "错误", "警告", "提示", "识别的表", "文件"],
    findingsHeaders: [
      "工作簿",
      "工作表",
      "单元格",
      "级别",
      "规则",
      "说明",
      "应为",
      "实为",
      "差额",
      "尾差界限",
      "相关单元格",
    ],
    severity: { error: "错误", warning: "警告", info: "提示" },
    openFile: "打开",
  },
  en: {
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summaryHeaders: ["Workbook", "Errors", "Warnings", "Info", "Tables recognised", "File"],
    findingsHeaders: [
      "Workbook",
      "Sheet",
      "Cell",
      "Severity",
      "Rule",
      "Message",
      "Expected",
      "Actual",
      "Difference",
      "Rounding bound",
      "Other cells",
    ],
    severity: { error: "error", warning: "warning", info: "info" },
    openFile: "open",
  },
};
