import type { RuleMessages } from "./types";

/** 中文说明：会计人员看到的每一句话。 */
export const zhCN: RuleMessages = {
  "table.unrecognised": (f) => `未能识别工作表「${f.sheet}」是哪张公开表格，未对其进行校验。`,
  "table.unit-assumed": (f) => `「${f.sheet}」未注明金额单位，按本工作簿其他表格的单位（${f.params.unit ?? ""}）处理。`,
  "value.unreadable": (f) => `单元格内容「${f.params.text ?? ""}」不是可识别的金额：${f.params.reason ?? ""}`,
};
