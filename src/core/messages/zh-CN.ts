import type { RuleMessages } from "./types";

/** 中文说明：会计人员看到的每一句话。 */
export const zhCN: RuleMessages = {
  "table.unrecognised": (f) => `未能识别工作表「${f.sheet}」是哪张公开表格，未对其进行校验。`,
  "table.unit-assumed": (f) => `「${f.sheet}」未注明金额单位，按本工作簿其他表格的单位（${f.params.unit ?? ""}）处理。`,
  "value.unreadable": (f) => `单元格内容「${f.params.text ?? ""}」不是可识别的金额，涉及该单元格的校验未进行。`,
  "sum.total": (f) =>
    f.verdict === "rounding-tail"
      ? `「${f.params.label ?? ""}」${f.actual ?? ""} 与其 ${f.params.parts ?? ""} 个分项之和 ${f.expected ?? ""} 相差 ${f.difference ?? ""}，在四舍五入允许范围（±${f.bound ?? ""}）内，属尾差，建议在说明中注明。`
      : `「${f.params.label ?? ""}」${f.actual ?? ""} 不等于其 ${f.params.parts ?? ""} 个分项之和 ${f.expected ?? ""}，相差 ${f.difference ?? ""}（超出四舍五入允许范围 ±${f.bound ?? ""}）。`,
  "sum.row": (f) =>
    f.verdict === "rounding-tail"
      ? `本行「${f.params.label ?? ""}」${f.params.column ?? ""} ${f.actual ?? ""} 与 ${f.params.partsLabel ?? ""} 之和 ${f.expected ?? ""} 相差 ${f.difference ?? ""}，属尾差（允许 ±${f.bound ?? ""}）。`
      : `本行「${f.params.label ?? ""}」${f.params.column ?? ""} ${f.actual ?? ""} 不等于 ${f.params.partsLabel ?? ""} 之和 ${f.expected ?? ""}，相差 ${f.difference ?? ""}。`,
  "summary.balance": (f) =>
    `${f.params.identity ?? ""}不成立：${f.params.label ?? ""} ${f.actual ?? ""}，应为 ${f.expected ?? ""}，相差 ${f.difference ?? ""}。`,
  "summary.heading": (f) =>
    `标题行「${f.params.label ?? ""}」${f.actual ?? ""} 不等于其下各项之和 ${f.expected ?? ""}，相差 ${f.difference ?? ""}。`,
  "sangong.sum": (f) =>
    `“三公”经费「${f.params.label ?? ""}」${f.actual ?? ""} 不等于 ${f.params.partsLabel ?? ""} 之和 ${f.expected ?? ""}，相差 ${f.difference ?? ""}。`,
  "code.malformed": (f) =>
    f.severity === "info"
      ? `科目编码「${f.params.raw ?? ""}」按 ${f.params.code ?? ""} 识别（${f.params.repair ?? ""}），建议改为标准写法。`
      : `科目编码「${f.params.raw ?? ""}」格式不正确（${f.params.reason ?? ""}）。`,
  "code.unknown": (f) => `科目编码 ${f.params.code ?? ""} 不在 ${f.params.catalog ?? ""} 科目表中。`,
  "code.unverifiable": (f) =>
    `科目编码 ${f.params.code ?? ""} 在 ${f.params.catalog ?? ""} 中查不到，无法核实（内置科目表不完整）。`,
  "code.name-mismatch": (f) =>
    f.params.source === "compiled"
      ? `科目 ${f.params.code ?? ""} 的名称按内置科目表（未经核对）应为「${f.params.expectedName ?? ""}」，表中为「${f.params.name ?? ""}」。`
      : f.params.source === "observed"
        ? `科目 ${f.params.code ?? ""} 在其他公开预决算文件中印为「${f.params.expectedName ?? ""}」（未经官方科目表核对），表中为「${f.params.name ?? ""}」。`
        : `科目 ${f.params.code ?? ""} 的名称应为「${f.params.expectedName ?? ""}」，表中为「${f.params.name ?? ""}」。`,
  "code.not-leaf": (f) =>
    `科目 ${f.params.code ?? ""}（${f.params.levelName ?? ""}级）不是末级科目，明细行应使用末级科目编码。`,
  "code.obsolete-name": (f) =>
    f.params.position !== undefined && f.params.position !== f.params.code
      ? `此处（${f.params.position ?? ""}）应为「${f.params.positionName ?? ""}」；「${f.params.name ?? ""}」是科目 ${f.params.code ?? ""} 的旧名称，自 ${f.params.since ?? ""} 年起为「${f.params.expectedName ?? ""}」。`
      : `科目 ${f.params.code ?? ""} 使用了旧名称「${f.params.name ?? ""}」，自 ${f.params.since ?? ""} 年起应为「${f.params.expectedName ?? ""}」。`,
  "table.empty-statement": (f) => `「${f.sheet}」为空表，但未注明“本表无数据/为空表”的说明。`,
  "table.placeholder": (f) => `单元格含模板占位内容「${f.params.text ?? ""}」，请填写实际内容。`,
  "cross.same-quantity": (f) =>
    `${f.params.label ?? ""} ${f.actual ?? ""} 与「${f.params.otherSheet ?? ""}」${f.params.otherCell ? `${f.params.otherCell} 的 ${f.expected ?? ""} ` : `（无此类科目行，按 ${f.expected ?? ""} 计）`}不一致，相差 ${f.difference ?? ""}${f.verdict === "rounding-tail" ? `（尾差，允许 ±${f.bound ?? ""}）` : ""}。`,
  "cross.fund-source": (f) =>
    `${f.params.fund ?? ""}支出 ${f.actual ?? ""} 与${f.params.fund ?? ""}收入（含上年结转）${f.expected ?? ""} 不相符，相差 ${f.difference ?? ""}：支出须来自同一资金来源。`,
  "cross.sangong-limit": (f) =>
    `基本支出表「${f.params.label ?? ""}」${f.actual ?? ""} 超过“三公”经费表「${f.params.sangongLabel ?? ""}」${f.expected ?? ""}（三公经费含项目支出，应不小于基本支出中的对应科目）。`,
  "code.econ-mapping": (f) =>
    f.params.source === "compiled"
      ? `部门经济分类 ${f.params.code ?? ""} 按内置科目表（未经核对）应对应政府经济分类 ${f.params.expectedGov ?? ""}，表中为 ${f.params.govCode ?? ""}。`
      : `部门经济分类 ${f.params.code ?? ""} 应对应政府经济分类 ${f.params.expectedGov ?? ""}，表中为 ${f.params.govCode ?? ""}。`,
  "narrative.amount": (f) =>
    `情况说明「${f.params.quote ?? ""}」与「${f.params.otherSheet ?? ""}」${f.params.otherCell ?? ""} 的 ${f.expected ?? ""} ${f.params.unit ?? ""} 不一致，相差 ${f.difference ?? ""} ${f.params.unit ?? ""}${f.verdict === "rounding-tail" ? `（表中为合计数，尾差允许 ±${f.bound ?? ""}）` : ""}。`,
  "narrative.share": (f) =>
    f.severity === "warning"
      ? `「${f.params.quote ?? ""}」：按${f.params.basis === "text" ? "文中" : "表中显示的"}数字 ${f.params.part ?? ""} ÷ ${f.params.base ?? ""} 四舍五入为 ${f.expected ?? ""}%，文中为 ${f.actual ?? ""}%，末位相差 1（可能用了未四舍五入的数计算）。`
      : `「${f.params.quote ?? ""}」：${f.params.partWords ?? ""} ${f.params.part ?? ""} 占${f.params.baseWords ?? ""} ${f.params.base ?? ""} 的比重应为 ${f.expected ?? ""}%，文中为 ${f.actual ?? ""}%，相差 ${f.difference ?? ""} 个百分点${f.params.followsText ? `（文中比重是按文中${f.params.followsText === "part" ? "该项金额" : f.params.followsText === "base" ? "基数" : "该项金额和基数"}计算的，而该数字与表格不符）` : ""}。`,
  "narrative.share-total": (f) =>
    `同一段列出的 ${f.params.count ?? ""} 项比重合计 ${f.actual ?? ""}%，应为 ${f.expected ?? ""}%（舍入误差最多 ±${f.bound ?? ""}），相差 ${f.difference ?? ""} 个百分点。`,
  "narrative.yoy": (f) =>
    `「${f.params.quote ?? ""}」：本年 ${f.params.current ?? ""} 与变动额 ${f.params.change ?? ""} 推出上年为 ${f.params.last ?? ""}，增减幅度应为 ${f.expected ?? ""}%，文中为 ${f.actual ?? ""}%${f.params.divisor === "current" ? "（文中似以本年数为分母）" : ""}。`,
  "narrative.yoy-no-basis": (f) =>
    `「${f.params.quote ?? ""}」：上年数为 0（本年 ${f.params.current ?? ""}），增幅应写“无可比性”，而不是 ${f.actual ?? ""}%。`,
  "narrative.direction": (f) =>
    `「${f.params.quote ?? ""}」：${f.params.reason === "zero" ? `变动为 0，应写“${f.params.expectedWord ?? ""}”而不是“${f.params.actualWord ?? ""}”` : `“${f.params.actualWord ?? ""}”与变动方向（${f.params.expectedWord ?? ""}）矛盾`}。`,
  "narrative.placeholder": (f) => `情况说明中留有模板文字「${f.params.text ?? ""}」，请改为实际内容。`,
  "narrative.procurement-sum": (f) =>
    `政府采购预算 ${f.actual ?? ""} 不等于货物、工程、服务之和 ${f.expected ?? ""}，相差 ${f.difference ?? ""}${f.verdict === "rounding-tail" ? `（尾差，允许 ±${f.bound ?? ""}）` : ""}。`,
  "narrative.untied": (f) => `情况说明「${f.params.quote ?? ""}」在各表中没有对应的数字，未能核对。`,
  "engine.rule-failed": (f) =>
    f.params.rule === "recognise"
      ? `读取本工作表时出错（${f.params.detail ?? ""}），本表未校验，其他工作表照常校验；请报告此问题。`
      : `规则 ${f.params.rule ?? ""} 在本工作簿上运行出错（${f.params.detail ?? ""}），该规则的检查未完成，其他检查照常进行；请报告此问题。`,
};
