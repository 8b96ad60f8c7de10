/**
 * narrative.coverage (warning): a 部门预算 covers the department's own office and its subordinate units; its text
 * must say which ("部门预算是包括…本部以及下属1家事业单位的综合收支计划", "纳入2025年部门预算编制范围的单位包括…").
 * Read from every text sheet (机构设置, 情况说明 …); a 单位预算 covers itself and is not checked, nor is a workbook
 * without its 概况 part (no 机构设置 / 主要职能 / 部门概况 sheet): the statement belongs there, and its absence says
 * nothing about what the document says.
 */
import type { FindingOf } from "../../findings/finding";
import { documentLevel } from "../narrative/document";
import type { RuleOf } from "../rule";

const SAYS_UNITS = [
  /部门预算(是|为)?(由|包括|包含|涵盖)/,
  /(包括|包含|涵盖).{0,30}(本部|机关本级|下属|所属|\d+家|[一二三四五六七八九十]+家)/,
  /(下属|所属).{0,12}(\d+|[一二三四五六七八九十]+)(家|个)/,
  /纳入.{0,20}编制范围/,
  /不单列预算/,
];
/** The 概况 part where a department says what it consists of. */
const OVERVIEW = /机构设置|主要职能|部门概况|单位概况|部门职责|基本情况/;

export const narrativeCoverage: RuleOf<"narrative.coverage"> = {
  id: "narrative.coverage",
  check(context) {
    if (documentLevel(context.workbook) !== "department") return [];
    const narrative = context.workbook.tables.find((t) => t.kind === "narrative");
    if (!narrative || ![...context.workbook.sheets.keys()].some((name) => OVERVIEW.test(name))) return [];
    for (const sheet of context.workbook.sheets.values()) {
      for (const row of sheet.values) {
        for (const value of row) {
          if (typeof value === "string" && SAYS_UNITS.some((p) => p.test(value.replace(/\s/g, "")))) return [];
        }
      }
    }
    const finding: FindingOf<"narrative.coverage"> = {
      rule: "narrative.coverage",
      severity: "warning",
      sheet: narrative.sheet,
      cell: "A1",
      table: "narrative",
      refs: [],
      params: {},
    };
    return [finding];
  },
};
