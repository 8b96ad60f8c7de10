import type { CodeProblem } from "../catalog";
import type { CodeRepairs, RuleParams, SameQuantityPair, SangongParts } from "../findings/rule-params";
import type { Direction } from "../engine/narrative/types";
import type { RuleMessages, SideWords } from "./types";

/** 科目编码不能识别的原因（code.malformed）。 */
const CODE_PROBLEMS: Readonly<Record<CodeProblem, string>> = {
  empty: "编码为空",
  "not-a-code": "不含数字",
  "not-integer": "不是整数，含小数或符号",
  "wrong-length": "位数不对，类、款、项编码应为 3、5、7 位",
  "stray-characters": "数字中夹有字母或符号",
  "ambiguous-grouping": "分隔位置与类、款、项的分段不符",
  "missing-part": "类与项之间缺少款",
  "zero-part": "其中一段为 0",
  "unknown-kind": "首位不是 2、3 或 5，不是功能分类或经济分类编码",
};

/** 识别科目编码时所作的修正（code.malformed）。 */
const CODE_REPAIRS: Readonly<Record<CodeRepairs, string>> = {
  "leading-zero": "补回了丢失的前导 0",
  spaces: "去掉了多余空格",
  "leading-zero, spaces": "补回了丢失的前导 0、去掉了多余空格",
};

/** “三公”经费表的合计列及其分项（sangong.sum）。 */
const SANGONG_TOTALS: Readonly<Record<RuleParams["sangong.sum"]["totalRole"], string>> = {
  total: "合计",
  car: "公务用车购置及运行费",
};
const SANGONG_PARTS: Readonly<Record<SangongParts, string>> = {
  "abroad + car + reception": "因公出国（境）费、公务用车购置及运行费、公务接待费",
  "abroad + car-purchase + car-running + reception": "因公出国（境）费、公务用车购置费、公务用车运行费、公务接待费",
  "car-purchase + car-running": "公务用车购置费、公务用车运行费",
};

/** 两表应相等的数（cross.same-quantity）。 */
const PAIRS: Readonly<Record<SameQuantityPair, string>> = {
  "current-year-expenditure": "本年支出合计",
  "current-year-income": "本年收入合计",
  "general-budget-income": "一般公共预算收入",
  "government-fund-income": "政府性基金预算收入",
  "state-capital-income": "国有资本经营预算收入",
  "general-budget-expenditure": "财政拨款一般公共预算支出",
  "government-fund-expenditure": "财政拨款政府性基金支出",
  "state-capital-expenditure": "财政拨款国有资本经营预算支出",
  "general-budget-basic-expenditure": "一般公共预算基本支出",
  "general-budget-personnel-costs": "一般公共预算人员经费",
  "general-budget-public-costs": "一般公共预算公用经费",
  "project-expenditure": "项目支出",
  "performance-budget-total": "整体绩效目标表预算总额",
  "performance-basic-expenditure": "整体绩效目标表基本支出",
  "performance-project-expenditure": "整体绩效目标表项目支出",
  "fiscal-current-year-expenditure": "财政拨款本年支出",
  "fiscal-income-total": "财政拨款收入合计",
  "expenditure-table-total": "支出表合计",
  "expenditure-table-basic": "支出表基本支出",
  "expenditure-table-projects": "支出表项目支出",
};

/** 资金来源（cross.fund-source）。 */
const FUNDS: Readonly<Record<RuleParams["cross.fund-source"]["fundRole"], string>> = {
  general: "一般公共预算",
  "gov-fund": "政府性基金预算",
  "state-capital": "国有资本经营预算",
};

/** “三公”经费表的分项（cross.sangong-limit）。 */
const SANGONG_ITEMS: Readonly<Record<RuleParams["cross.sangong-limit"]["sangongRole"], string>> = {
  abroad: "因公出国（境）费",
  "car-purchase": "公务用车购置费",
  "car-running": "公务用车运行费",
  reception: "公务接待费",
};

/** 非末级科目的级次（code.not-leaf）。 */
const LEVELS: Readonly<Record<RuleParams["code.not-leaf"]["level"], string>> = { "1": "类", "2": "款" };

/** 本册应有的说法（narrative.level-wording）。 */
const LEVEL_WORDS: Readonly<Record<RuleParams["narrative.level-wording"]["level"], string>> = {
  unit: "本单位/单位预算",
  department: "本部门/部门预算",
};

/** 变动方向（narrative.direction）。 */
export const ZH_DIRECTIONS: Readonly<Record<Direction, string>> = { increase: "增加", decrease: "减少", flat: "持平" };

/** narrative.direction 的两边：文中自己的用词（如“增长”“下降”），文中没有时写方向。 */
function directionSides(p: RuleParams["narrative.direction"]): { expected: string; actual: string } {
  return {
    expected: p.expectedWord ?? ZH_DIRECTIONS[p.expectedDirection],
    actual: p.actualWord ?? ZH_DIRECTIONS[p.actualDirection],
  };
}

/** 报告中“应为”“实为”两栏写成文字的规则。 */
export const zhSides: SideWords = {
  "narrative.direction": (f) => directionSides(f.params),
};

/** 中文说明：会计人员看到的每一句话。 */
export const zhCN: RuleMessages = {
  "table.unrecognised": (f) => `未能识别工作表「${f.sheet}」是哪张公开表格，未对其进行校验。`,
  "table.unit-assumed": (f) => `「${f.sheet}」未注明金额单位，按本工作簿其他表格的单位（${f.params.unit}）处理。`,
  "value.unreadable": (f) => `单元格内容「${f.params.text}」不是可识别的金额，涉及该单元格的校验未进行。`,
  "sum.total": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `「${f.params.label}」${amount(f.actual)} 与其 ${f.params.parts} 个分项之和 ${amount(f.expected)} 相差 ${amount(f.difference)}，在四舍五入允许范围（±${amount(f.bound)}）内，属尾差，建议在说明中注明。`
      : `「${f.params.label}」${amount(f.actual)} 不等于其 ${f.params.parts} 个分项之和 ${amount(f.expected)}，相差 ${amount(f.difference)}（超出四舍五入允许范围 ±${amount(f.bound)}）。`,
  "sum.row": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `本行「${f.params.label}」${f.params.column} ${amount(f.actual)} 与 ${f.params.partsLabel} 之和 ${amount(f.expected)} 相差 ${amount(f.difference)}，属尾差（允许 ±${amount(f.bound)}）。`
      : `本行「${f.params.label}」${f.params.column} ${amount(f.actual)} 不等于 ${f.params.partsLabel} 之和 ${amount(f.expected)}，相差 ${amount(f.difference)}。`,
  "summary.balance": (f, amount) =>
    `${f.params.identity}不成立：${f.params.label} ${amount(f.actual)}，应为 ${amount(f.expected)}，相差 ${amount(f.difference)}。`,
  "summary.heading": (f, amount) =>
    `标题行「${f.params.label}」${amount(f.actual)} 不等于其下各项之和 ${amount(f.expected)}，相差 ${amount(f.difference)}。`,
  "sangong.sum": (f, amount) =>
    `“三公”经费${SANGONG_TOTALS[f.params.totalRole]} ${amount(f.actual)} 不等于${SANGONG_PARTS[f.params.partRoles]}之和 ${amount(f.expected)}，相差 ${amount(f.difference)}。`,
  "code.malformed": (f) =>
    "repairs" in f.params
      ? `科目编码「${f.params.raw}」按 ${f.params.code} 识别（${CODE_REPAIRS[f.params.repairs]}），建议改为标准写法。`
      : `科目编码「${f.params.raw}」格式不正确：${CODE_PROBLEMS[f.params.reason]}。`,
  "code.unknown": (f) => `科目编码 ${f.params.code} 不在 ${f.params.catalog} 科目表中。`,
  "code.unverifiable": (f) =>
    `科目编码 ${f.params.code} 在 ${f.params.catalog} 中查不到，无法核实（内置科目表不完整）。`,
  "code.name-mismatch": (f) =>
    f.params.source === "tables"
      ? `科目 ${f.params.code} 在本表名为「${f.params.name}」，其他各表（如「${f.params.otherSheet}」）均为「${f.params.expectedName}」。`
      : f.params.source === "compiled"
        ? `科目 ${f.params.code} 的名称按内置科目表（未经核对）应为「${f.params.expectedName}」，表中为「${f.params.name}」。`
        : f.params.source === "observed"
          ? `科目 ${f.params.code} 在其他公开预决算文件中印为「${f.params.expectedName}」（未经官方科目表核对），表中为「${f.params.name}」。`
          : `科目 ${f.params.code} 的名称应为「${f.params.expectedName}」，表中为「${f.params.name}」。`,
  "code.not-leaf": (f) =>
    `科目 ${f.params.code}（${LEVELS[f.params.level]}级）不是末级科目，明细行应使用末级科目编码。`,
  "code.obsolete-name": (f) =>
    f.params.position !== undefined && f.params.position !== f.params.code
      ? `此处（${f.params.position}）应为「${f.params.positionName ?? ""}」；「${f.params.name}」是科目 ${f.params.code} 的旧名称，自 ${f.params.since} 年起为「${f.params.expectedName}」。`
      : `科目 ${f.params.code} 使用了旧名称「${f.params.name}」，自 ${f.params.since} 年起应为「${f.params.expectedName}」。`,
  "table.empty-statement": (f) => `「${f.sheet}」为空表，但未注明“本表无数据/为空表”的说明。`,
  "table.placeholder": (f) => `单元格含模板占位内容「${f.params.text}」，请填写实际内容。`,
  "table.empty-but-filled": (f, amount) =>
    `表格注明“本表为空表”，但 ${f.params.amountCell} 有金额 ${amount(f.actual)}：空表说明与表中数字必有一处不对。`,
  "table.decimals": (f, amount) =>
    `金额 ${amount(f.actual)} 超过两位小数（本表共 ${f.params.count} 处）：公开表格金额应保留到分。`,
  "table.incomplete-read": (f) =>
    f.params.reason === "rows-left-out"
      ? `表格未能完整读取：「${f.sheet}」有 ${f.params.count} 行金额未读入（自本单元格起），这些行未参加校验。`
      : `表格未能完整读取：识别了「${f.sheet}」，但没有读到任何数据行，表内各项校验未进行。`,
  "cross.same-quantity": (f, amount) =>
    `${"classCode" in f.params ? f.params.label : PAIRS[f.params.pair]} ${amount(f.actual)} 与「${f.params.otherSheet}」${f.params.otherCell ? `${f.params.otherCell} 的 ${amount(f.expected)} ` : `（无此类科目行，按 ${amount(f.expected)} 计）`}不一致，相差 ${amount(f.difference)}${f.verdict === "rounding-tail" ? `（尾差，允许 ±${amount(f.bound)}）` : ""}。`,
  "cross.fund-source": (f, amount) =>
    `${FUNDS[f.params.fundRole]}支出 ${amount(f.actual)} 与${FUNDS[f.params.fundRole]}收入（含上年结转）${amount(f.expected)} 不相符，相差 ${amount(f.difference)}：支出须来自同一资金来源。`,
  "cross.sangong-limit": (f, amount) =>
    `基本支出表「${f.params.label}」${amount(f.actual)} 超过“三公”经费表${SANGONG_ITEMS[f.params.sangongRole]} ${amount(f.expected)}（三公经费含项目支出，应不小于基本支出中的对应科目）。`,
  "cross.code-missing": (f) =>
    `科目 ${f.params.code}「${f.params.name}」列在本表，但「${f.params.otherSheet}」中没有这个项，两表应同时列出。`,
  "performance.sum": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `项目「${f.params.label}」年度资金总额 ${amount(f.actual)} 与 ${f.params.partsLabel} 之和 ${amount(f.expected)} 相差 ${amount(f.difference)}，属尾差（允许 ±${amount(f.bound)}）。`
      : `项目「${f.params.label}」年度资金总额 ${amount(f.actual)} 不等于 ${f.params.partsLabel} 之和 ${amount(f.expected)}，相差 ${amount(f.difference)}。`,
  "performance.exceeds-project": (f, amount) =>
    f.params.source === "narrative"
      ? `情况说明「${f.params.quote}」（编报绩效目标的项目${f.params.projects ? ` ${f.params.projects} 个` : ""}）超过「${f.params.otherSheet}」${f.params.otherCell} 的项目支出 ${amount(f.expected)} ${f.params.unit}，多出 ${amount(f.difference)} ${f.params.unit}：绩效目标所涉资金不能超过项目支出。`
      : `项目绩效目标表 ${f.params.projects} 个项目的年度资金总额合计 ${amount(f.actual)}${f.params.unit}，超过「${f.params.otherSheet}」${f.params.otherCell} 的项目支出 ${amount(f.expected)}${f.params.unit}，多出 ${amount(f.difference)}：绩效目标所涉资金不能超过项目支出。`,
  "workbook.missing-table": (f) => `缺少公开表格「${f.params.name}」：本套预算公开应包含这张表。`,
  "workbook.extra-sheet": (f) => `工作表「${f.sheet}」不属于本套预算公开的表格或说明，未对其进行校验。`,
  "code.econ-mapping": (f) =>
    f.params.source === "compiled"
      ? `部门经济分类 ${f.params.code} 按内置科目表（未经核对）应对应政府经济分类 ${f.params.expectedGov}，表中为 ${f.params.govCode}。`
      : `部门经济分类 ${f.params.code} 应对应政府经济分类 ${f.params.expectedGov}，表中为 ${f.params.govCode}。`,
  "narrative.amount": (f, amount) =>
    `情况说明「${f.params.quote}」与「${f.params.otherSheet}」${f.params.otherCell} 的 ${amount(f.expected)} ${f.params.unit} 不一致，相差 ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? `（表中为合计数，尾差允许 ±${amount(f.bound)}）` : ""}。`,
  "narrative.share": (f, amount) =>
    f.severity === "warning"
      ? `「${f.params.quote}」：按${f.params.basis === "text" ? "文中" : "表中显示的"}数字 ${amount(f.params.part)} ÷ ${amount(f.params.base)} 四舍五入为 ${amount(f.expected)}%，文中为 ${amount(f.actual)}%，末位相差 1（可能用了未四舍五入的数计算）。`
      : `「${f.params.quote}」：${f.params.partWords} ${amount(f.params.part)} 占${f.params.baseWords} ${amount(f.params.base)} 的比重应为 ${amount(f.expected)}%，文中为 ${amount(f.actual)}%，相差 ${amount(f.difference)} 个百分点${f.params.followsText ? `（文中比重是按文中${f.params.followsText === "part" ? "该项金额" : f.params.followsText === "base" ? "基数" : "该项金额和基数"}计算的，而该数字与表格不符）` : ""}。`,
  "narrative.share-total": (f, amount) =>
    `同一段列出的 ${f.params.count} 项比重合计 ${amount(f.actual)}%，应为 ${amount(f.expected)}%（舍入误差最多 ±${amount(f.bound)}），相差 ${amount(f.difference)} 个百分点。`,
  "narrative.yoy": (f, amount) =>
    `「${f.params.quote}」：本年 ${amount(f.params.current)} 与变动额 ${amount(f.params.change)} 推出上年为 ${amount(f.params.last)}，增减幅度应为 ${amount(f.expected)}%，文中为 ${amount(f.actual)}%${f.params.divisor === "current" ? "（文中似以本年数为分母）" : ""}。`,
  "narrative.yoy-no-basis": (f, amount) =>
    `「${f.params.quote}」：上年数为 0（本年 ${amount(f.params.current)}），增幅应写“无可比性”，而不是 ${amount(f.actual)}%。`,
  "narrative.direction": (f) => {
    const { expected, actual } = directionSides(f.params);
    return `「${f.params.quote}」：${f.params.reason === "zero" ? `变动为 0，应写“${expected}”而不是“${actual}”` : `“${actual}”与变动方向（${expected}）矛盾`}。`;
  },
  "narrative.placeholder": (f) => `情况说明中留有模板文字「${f.params.text}」，请改为实际内容。`,
  "narrative.procurement-sum": (f, amount) =>
    `政府采购预算 ${amount(f.actual)} 不等于货物、工程、服务之和 ${amount(f.expected)}，相差 ${amount(f.difference)}${f.verdict === "rounding-tail" ? `（尾差，允许 ±${amount(f.bound)}）` : ""}。`,
  "narrative.procurement-reserve": (f, amount) =>
    `「${f.params.quote}」超过了它所预留自的「${f.params.whole}」：应不超过 ${amount((f.expected ?? "").replace("≤ ", ""))} ${f.params.unit}，超出 ${amount(f.difference)} ${f.params.unit}。`,
  "narrative.item-sum": (f, amount) =>
    f.params.kind === "total"
      ? `「${f.params.quote}」与前文总额「${f.params.parts}」不一致：应为 ${amount(f.expected)} ${f.params.unit}，相差 ${amount(f.difference)} ${f.params.unit}。`
      : f.params.kind === "closing"
        ? `「${f.params.quote}」不等于其中各项之和 ${amount(f.expected)} ${f.params.unit}（${f.params.parts}），相差 ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? "（尾差）" : ""}。`
        : `「${f.params.quote}」其中各项之和 ${amount(f.expected)} ${f.params.unit}（${f.params.parts}）超过了总额，超出 ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? "（尾差）" : ""}。`,
  "narrative.untied": (f) =>
    f.params.reason === "project"
      ? `情况说明「${f.params.quote}」是项目经费，表格按科目（类、款、项）而不按项目列出，一个项可含多个项目，无法对应到唯一一行，未能核对（其中各项之和另行核对）。`
      : f.params.reason === "performance-funds"
        ? `情况说明「${f.params.quote}」是编报绩效目标的项目所涉资金，只是项目支出的一部分（并非每个项目都须编报），没有表格数字与之相等，只核对了不超过项目支出。`
        : f.params.reason === undefined
          ? `情况说明「${f.params.quote}」在各表中没有对应的数字，未能核对。`
          : `情况说明「${f.params.quote}」：科目「${f.params.line ?? ""}」${f.params.reason === "ambiguous" ? "在表中对应不止一行，无法确定是哪一行" : f.params.reason === "no-table" ? "没有列出科目的表格可以对照" : "在列出科目的表格中找不到（名称或编码与表中不符）"}，未能核对。`,
  "narrative.item-repeat": (f, amount) =>
    `同一科目前后金额不一致：「${f.params.item}」，后文「${f.params.quote}」，应为 ${amount(f.expected)} ${f.params.unit}，相差 ${amount(f.difference)} ${f.params.unit}。`,
  "narrative.wrong-year": (f) =>
    `「${f.params.quote}」：${f.params.year} 年预算应与 ${f.expected ?? ""} 年比较，文中写的是 ${f.actual ?? ""} 年。`,
  "narrative.cut-off": (f) => `「${f.params.quote}」：句子在“${f.params.words}”之后就结束了，缺少内容。`,
  "narrative.punctuation": (f) =>
    f.params.reason === "missing"
      ? `「${f.params.quote}」：句末缺少标点。`
      : `「${f.params.quote}」：标点“${f.params.marks}”重复或连用。`,
  "narrative.unpaired": (f) => `「${f.params.quote}」：“${f.params.mark}”没有与之配对的${f.params.pair}。`,
  "narrative.level-wording": (f) =>
    `本册是${f.params.level === "unit" ? "单位预算" : "部门预算"}，情况说明中却写“${f.params.words}”，应为“${LEVEL_WORDS[f.params.level]}”的说法。`,
  "narrative.obsolete-name": (f) =>
    `情况说明使用了旧科目名称“${f.actual ?? ""}”（${f.params.code} 类），表中为“${f.expected ?? ""}”。`,
  "narrative.unit-mix": (f) => `「${f.params.quote}」：同一句中金额单位不一致（${f.params.units}）。`,
  "narrative.coverage": () => `部门预算未说明包括哪些单位（如“本部门预算包括本部及下属×家单位”）。`,
  "body.name-mismatch": (f) => `编制单位名称“${f.actual ?? ""}”与其他各处的“${f.expected ?? ""}”不一致。`,
  "consolidation.sum": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `「${f.params.label}」${amount(f.actual)} 与所属 ${f.params.count} 个单位（${f.params.units}）单位预算之和 ${amount(f.expected)} 相差 ${amount(f.difference)}，在四舍五入允许范围（±${amount(f.bound)}）内，属尾差。`
      : `「${f.params.label}」${amount(f.actual)} 不等于所属 ${f.params.count} 个单位（${f.params.units}）单位预算之和 ${amount(f.expected)}，相差 ${amount(f.difference)}（超出四舍五入允许范围 ±${amount(f.bound)}）。`,
  "consolidation.unit-row": (f, amount) =>
    `单位行「${f.params.label}」${amount(f.actual)} 与「${f.params.unitName}」单位预算（${f.params.unitWorkbook} ${f.params.unitCell}）的 ${amount(f.expected)} 不一致，相差 ${amount(f.difference)}${f.verdict === "rounding-tail" ? `（尾差，允许 ±${amount(f.bound)}）` : ""}。`,
  "consolidation.incomplete": (f) =>
    f.params.reason === "duplicate"
      ? `同一单位的单位预算给了不止一份（${f.params.units}），无法确定用哪一份，未核对部门数是否等于各单位之和。`
      : f.params.reason === "unknown"
        ? `本次给出了 ${f.params.given} 个单位的单位预算（${f.params.units}），但部门预算未明确说明包括几个预算单位，未核对部门数是否等于各单位之和。`
        : `本次给出了 ${f.params.given} 个单位的单位预算（${f.params.units}），部门预算包括 ${f.params.covered} 个预算单位，${f.params.reason === "more" ? "多于" : "不是全部"}，未核对部门数是否等于各单位之和。`,
  "narrative.scope": (f, amount) =>
    f.params.reason === "no-last-year"
      ? `情况说明「${f.params.quote}」是与上年相比的变动，文中没有可对照的增减率或上年数，表格也不列上年数，无法核对。`
      : f.params.reason === "threshold"
        ? `情况说明「${f.params.quote}」中的 ${amount(f.actual)} ${f.params.unit} 是标准（门槛），不是预算金额，未与表格核对。`
        : f.params.reason === "change"
          ? `情况说明「${f.params.quote}」是与上年相比的变动（“${f.params.scopeWords}”），不是本年金额，未与表格核对。`
          : `情况说明「${f.params.quote}」只涉及部分单位（“${f.params.scopeWords}”），不与全部门的合计数核对。`,
  "engine.rule-failed": (f) =>
    f.params.rule === "recognise"
      ? `读取本工作表时出错（${f.params.detail}），本表未校验，其他工作表照常校验；请报告此问题。`
      : `规则 ${f.params.rule} 在本工作簿上运行出错（${f.params.detail}），该规则的检查未完成，其他检查照常进行；请报告此问题。`,
};
