/** The role of a column from its header words, top to bottom (normalised). */
import type { ColumnRole } from "./types";

type Test = (leaf: string, joined: string) => boolean;

const RULES: readonly (readonly [Test, ColumnRole])[] = [
  [(leaf) => leaf === "类", "code-class"],
  [(leaf) => leaf === "款", "code-kuan"],
  [(leaf) => leaf === "项", "code-xiang"],
  [(leaf, all) => /政府.*经济分类/.test(all) && /编码|代码/.test(leaf), "gov-code"],
  [(leaf, all) => /政府.*经济分类/.test(all) && /名称/.test(leaf), "gov-name"],
  [(leaf) => /单位(代码|编码)/.test(leaf), "unit-code"],
  [(leaf) => /编码|代码/.test(leaf), "code"],
  [(leaf) => /名称/.test(leaf), "name"],
  [(leaf) => /^项目$/.test(leaf), "label"],
  // 三公
  [(leaf, all) => /三公/.test(all) && /合计|总计/.test(leaf), "total"],
  [(leaf) => /因公出国/.test(leaf), "abroad"],
  [(leaf) => /^公务用车购置费?$/.test(leaf), "car-purchase"],
  [(leaf) => /公务用车运行/.test(leaf), "car-running"],
  // Shanghai: 公务用车购置及运行费 > 小计 | 购置费 | 运行费 (the leaf alone does not say 公务用车).
  [(leaf, all) => /公务用车/.test(all) && /^购置费?$/.test(leaf), "car-purchase"],
  [(leaf, all) => /公务用车/.test(all) && /^运行(维护)?费?$/.test(leaf), "car-running"],
  [(leaf, all) => /公务用车购置及运行/.test(all), "car"],
  [(leaf) => /公务接待/.test(leaf), "reception"],
  [(leaf) => /机关运行经费/.test(leaf), "office-running"],
  // Expense breakdown
  [(leaf) => /其他运转/.test(leaf), "project-operating"],
  [(leaf) => /特定目标/.test(leaf), "project-specific"],
  [(leaf) => /工资福利/.test(leaf), "wages"],
  [(leaf) => /对个人和家庭/.test(leaf), "family"],
  [(leaf) => /商品和服务/.test(leaf), "goods"],
  [(leaf) => /资本性/.test(leaf), "capital"],
  [(leaf) => /^人员经费/.test(leaf), "personnel"],
  [(leaf) => /^公用经费/.test(leaf), "public"],
  [(leaf, all) => leaf === "基本支出" || (/基本支出/.test(all) && leaf === "小计"), "basic"],
  [(leaf, all) => leaf === "项目支出" || (/项目支出/.test(all) && leaf === "小计"), "project"],
  // Funding sources
  [(leaf) => /其中.*财政拨款/.test(leaf), "general-fiscal"],
  [(leaf, all) => /一般公共预算/.test(leaf) || (/一般公共预算/.test(all) && leaf === "小计"), "general"],
  [(leaf) => /政府性基金/.test(leaf), "gov-fund"],
  [(leaf) => /国有资本经营/.test(leaf), "state-capital"],
  [(leaf) => /财政专户/.test(leaf), "special-account"],
  [(leaf) => /事业单位经营/.test(leaf), "operating"],
  [(leaf) => /事业收入/.test(leaf), "business"],
  [(leaf) => /上级补助/.test(leaf), "superior"],
  [(leaf) => /附属单位/.test(leaf), "subsidiary"],
  [(leaf) => /其他收入/.test(leaf), "other-income"],
  [(leaf) => /上年结转/.test(leaf), "carryover"],
  [(leaf) => /^单位资金/.test(leaf), "unit-funds"],
  [(leaf) => /^(其中:?)?其他资金/.test(leaf), "other-funds"],
  [(leaf) => /政府预算资金|财政拨款/.test(leaf), "general"],
  [(leaf) => /合计|总计|资金总额|预算总额|小计/.test(leaf), "total"],
  [(leaf) => /金额|预算数/.test(leaf), "amount"],
];

const known = new Map<string, ColumnRole | null>();

/** The role for a header path; paths repeat across tables and workbooks, so each is worked out once. */
export function columnRole(path: readonly string[]): ColumnRole | undefined {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return undefined;
  const joined = path.join(">");
  const cached = known.get(joined);
  if (cached !== undefined) return cached ?? undefined;
  let found: ColumnRole | null = null;
  for (const [test, role] of RULES) {
    if (test(leaf, joined)) {
      found = role;
      break;
    }
  }
  if (known.size > 5000) known.clear();
  known.set(joined, found);
  return found ?? undefined;
}
