/**
 * Findings and messages are typed per rule. The `@ts-expect-error` lines below are mistakes the compiler must
 * refuse: were the typing loose again (params a string record, messages taking any finding), each of them would
 * compile, the directive would be unused, and `tsc` would fail. The tests at the end render every rule's message.
 */
import type { Finding, FindingOf, Severity } from "../findings/finding";
import { RULE_IDS, type RuleId } from "../findings/rule-ids";
import type { RuleOf } from "../engine/rule";
import { en } from "./en";
import { buildReport } from "../findings/build-report";
import { messageFor, sideKey, sidesFor } from "./index";
import type { Language, RuleMessages } from "./types";
import { zhCN } from "./zh-CN";

const place = { severity: "error", sheet: "支出", cell: "C4", refs: [] } as const;

// A finding carries exactly its rule's parameters.
export const _sum: FindingOf<"sum.total"> = {
  rule: "sum.total",
  ...place,
  params: { parts: "2", label: "合计", column: "合计" },
};
export const _missingParam: FindingOf<"sum.total"> = {
  rule: "sum.total",
  ...place,
  // @ts-expect-error column is missing
  params: { parts: "2", label: "合计" },
};
export const _foreignParam: FindingOf<"sum.total"> = {
  rule: "sum.total",
  ...place,
  // @ts-expect-error quote is narrative.amount's, not sum.total's
  params: { parts: "2", label: "合计", column: "合计", quote: "基本支出 1 万元" },
};
export const _notACode: FindingOf<"table.incomplete-read"> = {
  rule: "table.incomplete-read",
  ...place,
  // @ts-expect-error the reason is one of the rule's codes
  params: { reason: "some rows", count: "3" },
};

// A rule reports under its own id only.
export const _ownId: RuleOf<"table.placeholder"> = {
  id: "table.placeholder",
  check: () => [
    // @ts-expect-error a table.placeholder rule cannot return a table.decimals finding
    { rule: "table.decimals", ...place, params: { count: "1" } },
  ],
};

// A message reads only its rule's parameters, and every rule has one.
export const _readsForeign: RuleMessages = {
  ...zhCN,
  "sum.total": (f) =>
    // @ts-expect-error sum.total's findings have no quote
    f.params.quote,
};
const { "sum.total": _dropped, ...withoutSumTotal } = en;
// @ts-expect-error a language without sum.total's sentence
export const _incomplete: RuleMessages = withoutSumTotal;

/** Every reason a code cannot be read (catalog/normalise-code.ts CodeProblem), each with its own words. */
const CODE_PROBLEMS = [
  "empty",
  "not-a-code",
  "not-integer",
  "wrong-length",
  "stray-characters",
  "ambiguous-grouping",
  "missing-part",
  "zero-part",
  "unknown-kind",
] as const;

/** One finding per rule id and variant, with parameters a reader can recognise in the sentence. */
const SAMPLES: { readonly [R in RuleId]: readonly FindingOf<R>[] } = {
  "table.unrecognised": [{ rule: "table.unrecognised", ...place, params: { reason: "no-title" } }],
  "table.unit-assumed": [{ rule: "table.unit-assumed", ...place, params: { unit: "万元" } }],
  "value.unreadable": [{ rule: "value.unreadable", ...place, params: { text: "二十" } }],
  "sum.total": [
    { rule: "sum.total", ...place, actual: "3", expected: "2", params: { parts: "2", label: "合计", column: "合计" } },
  ],
  "sum.row": [
    {
      rule: "sum.row",
      ...place,
      params: {
        parts: "2",
        label: "201 一般公共服务支出",
        column: "合计",
        columnRole: "total",
        partsLabel: "基本支出 + 项目支出",
        partRoles: "basic + project",
      },
    },
  ],
  "summary.balance": [
    {
      rule: "summary.balance",
      ...place,
      params: { parts: "2", label: "收入总计", identity: "收入总计 = a + b", balance: "lines" },
    },
    {
      rule: "summary.balance",
      ...place,
      params: { otherTable: "income", label: "支出总计", identity: "收入总计 = 支出总计", balance: "sides" },
    },
  ],
  "summary.heading": [
    { rule: "summary.heading", ...place, params: { parts: "3", label: "二、上年结转", column: "金额" } },
  ],
  "sangong.sum": [
    {
      rule: "sangong.sum",
      ...place,
      params: { parts: "3", totalRole: "total", partRoles: "abroad + car + reception" },
    },
    {
      rule: "sangong.sum",
      ...place,
      params: { parts: "4", totalRole: "total", partRoles: "abroad + car-purchase + car-running + reception" },
    },
    {
      rule: "sangong.sum",
      ...place,
      params: { parts: "2", totalRole: "car", partRoles: "car-purchase + car-running" },
    },
  ],
  "code.malformed": [
    ...CODE_PROBLEMS.map((reason) => ({
      rule: "code.malformed" as const,
      ...place,
      params: { raw: "201|3", code: "2013", reason },
    })),
    ...(["leading-zero", "spaces", "leading-zero, spaces"] as const).map((repairs) => ({
      rule: "code.malformed" as const,
      ...place,
      severity: "info" as const,
      params: { raw: "201|3|01", code: "2010301", repairs },
    })),
  ],
  "code.unknown": [{ rule: "code.unknown", ...place, params: { code: "2019999", catalog: "内置 2025（部分）" } }],
  "code.unverifiable": [
    { rule: "code.unverifiable", ...place, params: { code: "2019999", catalog: "内置 2025（部分）" } },
  ],
  "code.name-mismatch": [
    {
      rule: "code.name-mismatch",
      ...place,
      params: { code: "201", name: "甲", expectedName: "乙", source: "official" },
    },
    {
      rule: "code.name-mismatch",
      ...place,
      params: { code: "201", name: "甲", expectedName: "乙", source: "compiled" },
    },
    {
      rule: "code.name-mismatch",
      ...place,
      params: { code: "201", name: "甲", expectedName: "乙", source: "observed" },
    },
    {
      rule: "code.name-mismatch",
      ...place,
      params: { code: "201", name: "甲", expectedName: "乙", source: "tables", otherSheet: "收入" },
    },
  ],
  "code.not-leaf": [
    { rule: "code.not-leaf", ...place, params: { code: "201", level: "1" } },
    { rule: "code.not-leaf", ...place, params: { code: "20101", level: "2" } },
  ],
  "code.obsolete-name": [
    { rule: "code.obsolete-name", ...place, params: { code: "210", name: "旧", expectedName: "新", since: "2019" } },
    {
      rule: "code.obsolete-name",
      ...place,
      params: {
        code: "210",
        name: "旧",
        expectedName: "新",
        since: "2019",
        position: "211",
        positionName: "节能环保支出",
      },
    },
  ],
  "table.empty-statement": [{ rule: "table.empty-statement", ...place, params: {} }],
  "table.placeholder": [{ rule: "table.placeholder", ...place, params: { text: "XX单位" } }],
  "table.incomplete-read": [
    { rule: "table.incomplete-read", ...place, params: { reason: "rows-left-out", count: "7" } },
    { rule: "table.incomplete-read", ...place, params: { reason: "no-rows", count: "0" } },
  ],
  "table.empty-but-filled": [
    { rule: "table.empty-but-filled", ...place, actual: "5.00", params: { amountCell: "D7" } },
  ],
  "table.decimals": [{ rule: "table.decimals", ...place, actual: "1.234", params: { count: "4" } }],
  "cross.same-quantity": [
    {
      rule: "cross.same-quantity",
      ...place,
      params: {
        otherTable: "expense",
        pair: "current-year-expenditure",
        otherSheet: "支出",
        otherCell: "C6",
      },
    },
    {
      rule: "cross.same-quantity",
      ...place,
      params: {
        parts: "0",
        label: "一般公共服务",
        otherSheet: "支出",
        otherCell: "",
        classCode: "201",
      },
    },
  ],
  "cross.fund-source": (["general", "gov-fund", "state-capital"] as const).map((fundRole) => ({
    rule: "cross.fund-source" as const,
    ...place,
    params: { fundRole },
  })),
  "cross.sangong-limit": (["abroad", "car-purchase", "car-running", "reception"] as const).map((sangongRole) => ({
    rule: "cross.sangong-limit" as const,
    ...place,
    params: { label: "30217 公务接待费", sangongRole },
  })),
  "code.econ-mapping": [
    { rule: "code.econ-mapping", ...place, params: { code: "30101", govCode: "502", expectedGov: "501" } },
    {
      rule: "code.econ-mapping",
      ...place,
      params: { code: "30101", govCode: "502", expectedGov: "501", source: "compiled" },
    },
  ],
  "cross.code-missing": [
    {
      rule: "cross.code-missing",
      ...place,
      params: { code: "2010101", name: "行政运行", otherSheet: "收入", otherTable: "income" },
    },
  ],
  "performance.sum": [
    {
      rule: "performance.sum",
      ...place,
      params: { parts: "2", label: "项目甲", partsLabel: "财政拨款 + 其他资金", partRoles: "general + other-funds" },
    },
  ],
  "performance.exceeds-project": [
    {
      rule: "performance.exceeds-project",
      ...place,
      params: { projects: "25", otherSheet: "支出总表", otherCell: "G26", unit: "万元" },
    },
    {
      rule: "performance.exceeds-project",
      ...place,
      params: {
        source: "narrative",
        quote: "涉及项目预算资金 11381.60 万元",
        projects: "25",
        otherSheet: "支出总表",
        otherCell: "G26",
        unit: "万元",
      },
    },
  ],
  "workbook.missing-table": [
    { rule: "workbook.missing-table", ...place, params: { kind: "sangong", name: "“三公”经费预算表" } },
  ],
  "workbook.extra-sheet": [{ rule: "workbook.extra-sheet", ...place, params: { reason: "no-title" } }],
  "narrative.amount": [
    {
      rule: "narrative.amount",
      ...place,
      params: {
        quote: "基本支出 1058.62 万元",
        words: "基本支出",
        unit: "万元",
        quantity: "expense.basic",
        otherSheet: "支出",
        otherCell: "D6",
      },
    },
  ],
  "narrative.share": [
    {
      rule: "narrative.share",
      ...place,
      params: {
        quote: "占 12.5%",
        unit: "%",
        part: "1",
        base: "8",
        partWords: "甲",
        baseWords: "乙",
        basis: "table",
        followsText: "both",
      },
    },
    {
      rule: "narrative.share",
      ...place,
      severity: "warning",
      params: { quote: "占 12.5%", unit: "%", part: "1", base: "8", partWords: "甲", baseWords: "乙", basis: "text" },
    },
  ],
  "narrative.share-total": [
    { rule: "narrative.share-total", ...place, params: { count: "3", unit: "%", shares: "50 + 30 + 21" } },
  ],
  "narrative.yoy": [
    {
      rule: "narrative.yoy",
      ...place,
      params: { quote: "增长 10%", unit: "%", current: "110", change: "10", last: "100", divisor: "current" },
    },
  ],
  "narrative.yoy-no-basis": [
    {
      rule: "narrative.yoy-no-basis",
      ...place,
      params: { quote: "增长 10%", unit: "%", current: "110", change: "110" },
    },
  ],
  "narrative.direction": [
    {
      rule: "narrative.direction",
      ...place,
      params: {
        quote: "减少 5 万元",
        reason: "zero",
        actualDirection: "decrease",
        expectedDirection: "flat",
        actualWord: "减少",
      },
    },
    {
      rule: "narrative.direction",
      ...place,
      params: {
        quote: "减少 5 万元",
        reason: "opposite",
        actualDirection: "decrease",
        expectedDirection: "increase",
        actualWord: "减少",
        expectedWord: "增加",
        change: "5",
        unit: "万元",
      },
    },
    {
      rule: "narrative.direction",
      ...place,
      params: {
        quote: "持平，增加 5 万元",
        reason: "flat",
        actualDirection: "flat",
        expectedDirection: "increase",
        expectedWord: "增加",
      },
    },
    {
      rule: "narrative.direction",
      ...place,
      params: {
        quote: "增长 -5 万元",
        reason: "sign",
        actualDirection: "increase",
        expectedDirection: "decrease",
        actualWord: "增长",
      },
    },
    {
      rule: "narrative.direction",
      ...place,
      params: {
        quote: "由 10 万元减少到 12 万元",
        reason: "levels",
        actualDirection: "decrease",
        expectedDirection: "increase",
        actualWord: "减少",
      },
    },
  ],
  "narrative.placeholder": [{ rule: "narrative.placeholder", ...place, params: { text: "XXX" } }],
  "narrative.procurement-sum": [
    {
      rule: "narrative.procurement-sum",
      ...place,
      params: { quote: "政府采购 9 万元", unit: "万元", parts: "货物 1 万元" },
    },
  ],
  "narrative.procurement-reserve": [
    {
      rule: "narrative.procurement-reserve",
      ...place,
      expected: "≤ 3",
      params: { quote: "预留 5 万元", whole: "政府采购 3 万元", unit: "万元" },
    },
  ],
  "narrative.item-sum": [
    {
      rule: "narrative.item-sum",
      ...place,
      params: { quote: "合计 9 万元", parts: "甲 5 万元、乙 3 万元", unit: "万元", kind: "closing" },
    },
    {
      rule: "narrative.item-sum",
      ...place,
      params: { quote: "支出 9 万元", parts: "甲 5 万元、乙 5 万元", unit: "万元", kind: "exceeds" },
    },
    {
      rule: "narrative.item-sum",
      ...place,
      params: { quote: "合计 9 万元", parts: "支出 8 万元", unit: "万元", kind: "total" },
    },
  ],
  "narrative.untied": [
    { rule: "narrative.untied", ...place, params: { quote: "其他 9 万元", words: "其他", unit: "万元" } },
    {
      rule: "narrative.untied",
      ...place,
      params: { quote: "其他 9 万元", words: "其他", unit: "万元", reason: "project" },
    },
    {
      rule: "narrative.untied",
      ...place,
      params: { quote: "其他 9 万元", words: "其他", unit: "万元", reason: "performance-funds" },
    },
    {
      rule: "narrative.untied",
      ...place,
      params: { quote: "其他 9 万元", words: "其他", unit: "万元", line: "一般公共服务-行政运行", reason: "ambiguous" },
    },
  ],
  "narrative.scope": [
    {
      rule: "narrative.scope",
      ...place,
      params: { quote: "机关 9 万元", unit: "万元", reason: "scope", scopeWords: "机关" },
    },
    {
      rule: "narrative.scope",
      ...place,
      params: { quote: "增加 9 万元", unit: "万元", reason: "change", scopeWords: "增加" },
    },
    {
      rule: "narrative.scope",
      ...place,
      params: { quote: "增加 9 万元", unit: "万元", reason: "no-last-year", scopeWords: "增加" },
    },
    {
      rule: "narrative.scope",
      ...place,
      actual: "100",
      params: { quote: "单价100万元以上", unit: "万元", reason: "threshold", scopeWords: "单价" },
    },
  ],
  "narrative.item-repeat": [
    { rule: "narrative.item-repeat", ...place, params: { quote: "甲 5 万元", item: "甲 6 万元", unit: "万元" } },
  ],
  "narrative.wrong-year": [
    {
      rule: "narrative.wrong-year",
      ...place,
      expected: "2024",
      actual: "2023",
      params: { quote: "比2023年", year: "2025" },
    },
  ],
  "narrative.cut-off": [{ rule: "narrative.cut-off", ...place, params: { quote: "主要用于", words: "主要用于" } }],
  "narrative.punctuation": [
    { rule: "narrative.punctuation", ...place, params: { reason: "doubled", marks: "；；", quote: "收入0万元；；" } },
    { rule: "narrative.punctuation", ...place, params: { reason: "missing", marks: "", quote: "收入0万元" } },
  ],
  "narrative.unpaired": [{ rule: "narrative.unpaired", ...place, params: { mark: "（", pair: "（）", quote: "（一" } }],
  "narrative.level-wording": [
    { rule: "narrative.level-wording", ...place, params: { level: "unit", words: "本部门" } },
    { rule: "narrative.level-wording", ...place, params: { level: "department", words: "本单位" } },
  ],
  "narrative.obsolete-name": [
    {
      rule: "narrative.obsolete-name",
      ...place,
      expected: "卫生健康",
      actual: "医疗卫生",
      params: { code: "210", name: "医疗卫生", current: "卫生健康" },
    },
  ],
  "narrative.unit-mix": [
    { rule: "narrative.unit-mix", ...place, params: { units: "万元、元", quote: "9 万元，8 元" } },
  ],
  "narrative.coverage": [{ rule: "narrative.coverage", ...place, params: {} }],
  "body.name-mismatch": [
    {
      rule: "body.name-mismatch",
      ...place,
      expected: "甲局",
      actual: "乙局",
      params: { name: "乙局", expectedName: "甲局" },
    },
  ],
  "consolidation.sum": [
    {
      rule: "consolidation.sum",
      ...place,
      actual: "300.00",
      expected: "299.00",
      difference: "1.00",
      bound: "0.015",
      verdict: "off",
      params: { label: "合计", unit: "元", units: "甲局本部、甲局信息中心", count: "2" },
    },
    {
      rule: "consolidation.sum",
      ...place,
      actual: "300.01",
      expected: "300.00",
      difference: "0.01",
      bound: "0.015",
      verdict: "rounding-tail",
      params: { label: "合计", unit: "元", units: "甲局本部、甲局信息中心", count: "2" },
    },
  ],
  "consolidation.unit-row": [
    {
      rule: "consolidation.unit-row",
      ...place,
      actual: "200.00",
      expected: "199.00",
      difference: "1.00",
      params: { label: "101001", unit: "元", unitName: "甲局本部", unitWorkbook: "本部.xlsx", unitCell: "收入!C6" },
    },
  ],
  "consolidation.incomplete": (["unknown", "fewer", "more", "duplicate"] as const).map((reason) => ({
    rule: "consolidation.incomplete" as const,
    ...place,
    params: { reason, units: "甲局本部", given: "1", covered: reason === "unknown" ? "" : "2" },
  })),
  "engine.rule-failed": [
    { rule: "engine.rule-failed", ...place, params: { rule: "sum.total", detail: "TypeError: boom" } },
    { rule: "engine.rule-failed", ...place, params: { rule: "recognise", detail: "TypeError: boom" } },
  ],
};

/** Parameters every sentence that has them quotes as given, in both languages: the workbook's own text. */
const QUOTED = ["quote", "code", "text", "otherSheet"];
/** Sentences that show a figure instead: a malformed code as printed (raw), the procurement total's amounts. */
const SHOWN_OTHERWISE: Partial<Record<RuleId, readonly string[]>> = {
  "code.malformed": ["code"],
  "narrative.procurement-sum": ["quote"],
};

describe.each([
  ["zh", zhCN],
  ["en", en],
] as const)("%s messages", (language, messages) => {
  const all = RULE_IDS.flatMap((id) => SAMPLES[id] as readonly FindingOf<RuleId>[]);

  it("have a sample for every rule, and a sentence for every rule", () => {
    expect(RULE_IDS.filter((id) => SAMPLES[id].length === 0)).toEqual([]);
    expect(Object.keys(messages).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(all.map((f) => [f.rule, f] as const))("render %s with no gap, quoting the workbook's text", (_r, f) => {
    const text = messageFor(f as never, language);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|null|\[object/);
    const params = f.params as Readonly<Record<string, string>>;
    const quoted = QUOTED.filter((key) => !SHOWN_OTHERWISE[f.rule]?.includes(key));
    expect(quoted.filter((key) => params[key] !== undefined && !text.includes(params[key]!))).toEqual([]);
  });

  it("say different things for a rule's different cases", () => {
    for (const id of RULE_IDS) {
      const texts = (SAMPLES[id] as readonly FindingOf<RuleId>[]).map((f) => messageFor(f as never, language));
      expect([id, new Set(texts).size]).toEqual([id, texts.length]);
    }
  });
});

/** A finding of `rule` with `params` in place: for sentences whose words come from one code. */
function sample<R extends RuleId>(rule: R, params: FindingOf<R>["params"], severity: Severity = "error"): Finding {
  return { rule, ...place, severity, params } as unknown as Finding;
}

/** Each code the engine leaves to the message files, and the words each language must turn it into. */
const CODE_WORDS: readonly (readonly [string, Finding, string, string])[] = [
  ["empty", sample("code.malformed", { raw: " ", code: "", reason: "empty" }), "编码为空", "it is empty"],
  ["not-a-code", sample("code.malformed", { raw: "无", code: "无", reason: "not-a-code" }), "不含数字", "no digits"],
  [
    "not-integer",
    sample("code.malformed", { raw: "201.5", code: "201.5", reason: "not-integer" }),
    "不是整数",
    "not a whole number",
  ],
  [
    "wrong-length",
    sample("code.malformed", { raw: "2013", code: "2013", reason: "wrong-length" }),
    "位数不对",
    "wrong number of digits",
  ],
  [
    "stray-characters",
    sample("code.malformed", { raw: "20l", code: "20l", reason: "stray-characters" }),
    "夹有字母或符号",
    "letters or symbols",
  ],
  [
    "ambiguous-grouping",
    sample("code.malformed", { raw: "2013 101", code: "2013101", reason: "ambiguous-grouping" }),
    "分隔位置",
    "separators",
  ],
  [
    "missing-part",
    sample("code.malformed", { raw: "201||01", code: "201", reason: "missing-part" }),
    "缺少款",
    "section between its class and item is missing",
  ],
  [
    "zero-part",
    sample("code.malformed", { raw: "201|0", code: "201", reason: "zero-part" }),
    "其中一段为 0",
    "one of its parts is 0",
  ],
  [
    "unknown-kind",
    sample("code.malformed", { raw: "401", code: "401", reason: "unknown-kind" }),
    "首位不是 2、3 或 5",
    "neither 2, 3 nor 5",
  ],
  [
    "leading-zero",
    sample("code.malformed", { raw: "201|3|1", code: "2010301", repairs: "leading-zero" }, "info"),
    "（补回了丢失的前导 0）",
    "(a lost leading 0 put back)",
  ],
  [
    "spaces",
    sample("code.malformed", { raw: "201 03 01", code: "2010301", repairs: "spaces" }, "info"),
    "（去掉了多余空格）",
    "(stray spaces removed)",
  ],
  [
    "leading-zero, spaces",
    sample("code.malformed", { raw: "201| 3|1", code: "2010301", repairs: "leading-zero, spaces" }, "info"),
    "（补回了丢失的前导 0、去掉了多余空格）",
    "(a lost leading 0 put back, stray spaces removed)",
  ],
  ["not-leaf 1", sample("code.not-leaf", { code: "201", level: "1" }), "（类级）", "is a class code"],
  ["not-leaf 2", sample("code.not-leaf", { code: "20101", level: "2" }), "（款级）", "is a section code"],
  [
    "sangong total",
    sample("sangong.sum", { parts: "3", totalRole: "total", partRoles: "abroad + car + reception" }),
    "“三公”经费合计",
    '"Three public expenses" total',
  ],
  [
    "sangong car",
    sample("sangong.sum", { parts: "2", totalRole: "car", partRoles: "car-purchase + car-running" }),
    "“三公”经费公务用车购置及运行费",
    '"Three public expenses" official cars',
  ],
  [
    "abroad + car + reception",
    sample("sangong.sum", { parts: "3", totalRole: "total", partRoles: "abroad + car + reception" }),
    "因公出国（境）费、公务用车购置及运行费、公务接待费之和",
    "travel abroad + official cars + official reception",
  ],
  [
    "abroad + car-purchase + car-running + reception",
    sample("sangong.sum", {
      parts: "4",
      totalRole: "total",
      partRoles: "abroad + car-purchase + car-running + reception",
    }),
    "因公出国（境）费、公务用车购置费、公务用车运行费、公务接待费之和",
    "travel abroad + official car purchase + official car running + official reception",
  ],
  [
    "car-purchase + car-running",
    sample("sangong.sum", { parts: "2", totalRole: "car", partRoles: "car-purchase + car-running" }),
    "公务用车购置费、公务用车运行费之和",
    "official car purchase + official car running",
  ],
  [
    "pair",
    sample("cross.same-quantity", {
      otherTable: "fiscal-summary",
      pair: "general-budget-personnel-costs",
      otherSheet: "基本支出",
      otherCell: "B5",
    }),
    "一般公共预算人员经费 ",
    "General budget personnel costs ",
  ],
  [
    "general",
    sample("cross.fund-source", { fundRole: "general" }),
    "一般公共预算支出",
    "Spending from the general public budget",
  ],
  [
    "gov-fund",
    sample("cross.fund-source", { fundRole: "gov-fund" }),
    "政府性基金预算支出",
    "Spending from government funds",
  ],
  [
    "state-capital",
    sample("cross.fund-source", { fundRole: "state-capital" }),
    "国有资本经营预算支出",
    "Spending from the state capital budget",
  ],
  [
    "abroad",
    sample("cross.sangong-limit", { label: "30212 因公出国（境）费", sangongRole: "abroad" }),
    "超过“三公”经费表因公出国（境）费",
    '"three public expenses" item travel abroad',
  ],
  [
    "car-running",
    sample("cross.sangong-limit", { label: "30231 公务用车运行维护费", sangongRole: "car-running" }),
    "超过“三公”经费表公务用车运行费",
    '"three public expenses" item official car running',
  ],
  [
    "basic + project",
    sample("sum.row", {
      parts: "2",
      label: "201 一般公共服务支出",
      column: "合计",
      columnRole: "total",
      partsLabel: "基本支出 + 项目支出",
      partRoles: "basic + project",
    }),
    "合计  不等于 基本支出 + 项目支出 之和",
    ": total  is not basic expenditure + project expenditure",
  ],
  [
    "general-fiscal + other-funds",
    sample("performance.sum", {
      parts: "2",
      label: "项目甲",
      partsLabel: "其中：财政拨款 + 其他资金",
      partRoles: "general-fiscal + other-funds",
    }),
    "不等于 其中：财政拨款 + 其他资金 之和",
    "are not of which fiscal allocation + other funds",
  ],
  [
    "level-wording unit",
    sample("narrative.level-wording", { level: "unit", words: "本部门" }),
    "应为“本单位/单位预算”的说法",
    "wording of a department budget; it should speak of the unit",
  ],
  [
    "level-wording department",
    sample("narrative.level-wording", { level: "department", words: "本单位" }),
    "应为“本部门/部门预算”的说法",
    "wording of a unit budget; it should speak of the department",
  ],
];

describe("codes in findings", () => {
  it.each(CODE_WORDS)("%s reads as its words in Chinese and in English", (code, finding, zh, english) => {
    expect(messageFor(finding, "zh")).toContain(zh);
    expect(messageFor(finding, "en")).toContain(english);
    // The code itself is never shown in the Chinese sentence.
    expect(messageFor(finding, "zh")).not.toContain(code);
  });
});

describe("the catalog a code is looked up in", () => {
  it("is named in English when it is the bundled one, and as its user named it otherwise", () => {
    const bundled = sample("code.unknown", { code: "2019999", catalog: "内置 2026（部分，用于 2027 年）" });
    expect(messageFor(bundled, "en")).toBe("Code 2019999 is not in the catalog bundled 2026 (partial, used for 2027).");
    expect(messageFor(bundled, "zh")).toContain("不在 内置 2026（部分，用于 2027 年） 科目表中");
    const loaded = sample("code.unverifiable", { code: "2019999", catalog: "财政局 2025 科目表.xlsx" });
    expect(messageFor(loaded, "en")).toContain("is not in 财政局 2025 科目表.xlsx, which");
  });
});

/** Parameters that quote the workbook (or the catalog's name): the only source of Chinese in an English sentence. */
const WORKBOOK_TEXT = [
  "quote",
  "text",
  "raw",
  "label",
  "column",
  "partsLabel",
  "name",
  "expectedName",
  "positionName",
  "otherSheet",
  "words",
  "actualWord",
  "expectedWord",
  "scopeWords",
  "item",
  "whole",
  "parts",
  "line",
  "identity",
  "sangongLabel",
  "units",
  "unitName",
  "unitWorkbook",
  "unitCell",
  "otherCell",
  "unit",
  "marks",
  "mark",
  "pair",
  "detail",
] as const;
/** The workbook's text (and official terms) in a finding's sentence removed: what is left are our own words. */
function ownWords(f: FindingOf<RuleId>, language: Language, extra: readonly (string | undefined)[] = []): string {
  const params = f.params as Readonly<Record<string, string | undefined>>;
  const quoted = [f.sheet, ...f.refs.map((r) => r.sheet), f.actual, f.expected, ...OFFICIAL_TERMS, ...extra];
  for (const key of WORKBOOK_TEXT) quoted.push(params[key]);
  let text = messageFor(f as never, language);
  for (const piece of quoted
    .filter((q): q is string => q !== undefined && q !== "")
    .sort((a, b) => b.length - a.length))
    text = text.split(piece).join("");
  return text;
}

/** Official wording the English sentence quotes because the Chinese text must use it (message-parts' OFFICIAL_TERMS). */
const OFFICIAL_TERMS = ["无可比性"];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

describe("English messages", () => {
  it.each(RULE_IDS.flatMap((id) => SAMPLES[id] as readonly FindingOf<RuleId>[]).map((f) => [f.rule, f] as const))(
    "%s has no Chinese of its own",
    (_rule, f) => {
      expect(ownWords(f, "en")).not.toMatch(CJK);
    },
  );
});

describe("Chinese messages", () => {
  it.each(RULE_IDS.flatMap((id) => SAMPLES[id] as readonly FindingOf<RuleId>[]).map((f) => [f.rule, f] as const))(
    "%s shows no code of ours raw",
    (_rule, f) => {
      // A failing rule is named by its id on purpose (to report it), and the error's own text is the program's.
      const params = f.params as Readonly<Record<string, string | undefined>>;
      const own = ownWords(f, "zh", f.rule === "engine.rule-failed" ? [params.rule, params.detail] : []);
      expect(own).not.toMatch(/[A-Za-z]{2,}/);
    },
  );
});

describe("amounts in sentences: plain for reports, as the pane's boxes show them on screen", () => {
  const negative: FindingOf<"sum.total"> = {
    rule: "sum.total",
    ...place,
    expected: "12616600.00",
    actual: "12615338.35",
    difference: "-1261.65",
    bound: "0.05",
    verdict: "off",
    params: { parts: "12", label: "支出合计", column: "合计" },
  };

  it.each([
    ["zh", "12,615,338.35", "12,616,600.00", "相差 \u22121,261.65"],
    ["en", "12,615,338.35", "12,616,600.00", "off by \u22121,261.65"],
  ] as const)("%s: grouped thousands and the true minus on screen", (language, actual, expected, difference) => {
    const shown = messageFor(negative, language, "display");
    expect(shown).toContain(actual);
    expect(shown).toContain(expected);
    expect(shown).toContain(difference);
    expect(shown).not.toContain("-1261.65");
  });

  it.each(["zh", "en"] as const)("%s: reports keep the plain strings", (language) => {
    const plain = messageFor(negative, language);
    expect(plain).toContain("-1261.65");
    expect(plain).toContain("12616600.00");
    expect(plain).toBe(messageFor(negative, language, "plain"));
  });

  it.each(["zh", "en"] as const)("%s: parameters that are amounts are shown the same way", (language) => {
    const yoy: FindingOf<"narrative.yoy"> = {
      rule: "narrative.yoy",
      ...place,
      expected: "-7.17",
      actual: "7.17",
      difference: "-14.34",
      params: {
        quote: "减少 84.41 万元，下降 7.17%",
        unit: "%",
        current: "1092.84",
        change: "-84.41",
        last: "1177.25",
      },
    };
    const shown = messageFor(yoy, language, "display");
    for (const piece of ["1,092.84", "\u221284.41", "1,177.25", "\u22127.17%"]) expect(shown).toContain(piece);
    // The quote is the workbook's text: shown as written.
    expect(shown).toContain("减少 84.41 万元，下降 7.17%");
  });

  it.each(["zh", "en"] as const)("%s: years and names on the sides are not amounts", (language) => {
    const year: FindingOf<"narrative.wrong-year"> = {
      rule: "narrative.wrong-year",
      ...place,
      expected: "2024",
      actual: "2023",
      params: { quote: "比2023年", year: "2025" },
    };
    const shown = messageFor(year, language, "display");
    expect(shown).toContain("2024");
    expect(shown).not.toContain("2,024");
  });

  it.each(["zh", "en"] as const)("%s: on every sample, only the grouping and the minus sign differ", (language) => {
    const all = RULE_IDS.flatMap((id) => SAMPLES[id] as readonly FindingOf<RuleId>[]);
    for (const f of all) {
      const plain = messageFor(f as never, language).replace(/,/g, "");
      const shown = messageFor(f as never, language, "display")
        .replace(/,/g, "")
        .replace(/\u2212/g, "-");
      expect([f.rule, shown]).toEqual([f.rule, plain]);
    }
  });
});

describe("narrative.direction: directions are codes, worded by each language (sentence and the report's two sides)", () => {
  const direction = (params: FindingOf<"narrative.direction">["params"]): FindingOf<"narrative.direction"> => ({
    rule: "narrative.direction",
    ...place,
    severity: "warning",
    params,
  });
  const zero = direction({
    quote: "增长 0.00 万元",
    reason: "zero",
    actualDirection: "increase",
    expectedDirection: "flat",
    actualWord: "增长",
  });
  const flat = direction({
    quote: "与上年持平，增幅 5%",
    reason: "flat",
    actualDirection: "flat",
    expectedDirection: "increase",
    expectedWord: "增幅",
  });
  const sign = direction({
    quote: "减少 -5 万元",
    reason: "sign",
    actualDirection: "decrease",
    expectedDirection: "increase",
    actualWord: "减少",
  });

  it.each([
    [zero, "zh", { expected: "持平", actual: "增长" }, "「增长 0.00 万元」：变动为 0，应写“持平”而不是“增长”。"],
    [
      zero,
      "en",
      { expected: "unchanged", actual: "增长" },
      '"增长 0.00 万元": the change is 0, so the text should say it is unchanged, not "增长".',
    ],
    [flat, "zh", { expected: "增幅", actual: "持平" }, "「与上年持平，增幅 5%」：“持平”与变动方向（增幅）矛盾。"],
    [
      flat,
      "en",
      { expected: "增幅", actual: "unchanged" },
      '"与上年持平，增幅 5%": the text calls it unchanged, yet states a change ("增幅").',
    ],
    [sign, "zh", { expected: "增加", actual: "减少" }, "「减少 -5 万元」：“减少”与变动方向（增加）矛盾。"],
    [
      sign,
      "en",
      { expected: "increase", actual: "减少" },
      '"减少 -5 万元": "减少" is followed by a negative figure, which says the change went the other way.',
    ],
  ] as const)("%#: %s sides and sentence", (finding, language, sides, sentence) => {
    expect(sidesFor(finding, language)).toEqual(sides);
    expect(messageFor(finding, language)).toBe(sentence);
  });

  it("the report carries the worded sides; other rules keep their own", () => {
    const input = { workbook: "a.xlsx", catalog: { year: 2025, source: "内置 2025" }, tables: [], findings: [sign] };
    expect(buildReport(input, "zh").findings[0]).toMatchObject({ expected: "增加", actual: "减少" });
    expect(buildReport(input, "en").findings[0]).toMatchObject({ expected: "increase", actual: "减少" });
    const amount = { ...SAMPLES["sum.total"][0]!, expected: "3.00", actual: "4.00" };
    expect(sidesFor(amount, "en")).toEqual({ expected: "3.00", actual: "4.00" });
    expect(sidesFor({ ...amount, expected: undefined }, "en")).toEqual({ actual: "4.00" });
  });

  it("a direction is matched in any language; other sides as they are", () => {
    expect(["增加", "increase"].map(sideKey)).toEqual(["increase", "increase"]);
    expect(["减少", "decrease", "持平", "unchanged"].map(sideKey)).toEqual(["decrease", "decrease", "flat", "flat"]);
    expect(["增长", "1261.65", "行政运行", ""].map(sideKey)).toEqual(["增长", "1261.65", "行政运行", ""]);
    expect(sideKey(undefined)).toBe("");
  });
});
