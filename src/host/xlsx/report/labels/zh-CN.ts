import type { ReportLabels } from "./types";

/** 报告工作簿的表名和列标题。 */
export const zhCN: ReportLabels = {
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
};
