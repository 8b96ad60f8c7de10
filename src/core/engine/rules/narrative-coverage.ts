/**
 * narrative.coverage (warning): a 部门预算 covers the department's own office and its subordinate units; its text
 * must say which ("部门预算是包括…本部以及下属1家事业单位的综合收支计划", "纳入2025年部门预算编制范围的单位包括…").
 * Read from every text sheet (机构设置, 情况说明 …); a 单位预算 covers itself and is not checked.
 */
import type { Finding } from "../../findings/finding";
import { documentLevel } from "../narrative/document";
import type { Rule } from "../rule";

const SAYS_UNITS = [
  /部门预算.{0,30}(包括|包含|涵盖|由)/,
  /(包括|包含|涵盖).{0,30}(本部|机关本级|本级|下属|所属|\d+家|[一二三四五六七八九十]+家)/,
  /(下属|所属).{0,12}(\d+|[一二三四五六七八九十]+)(家|个)/,
  /纳入.{0,20}(编制范围|部门预算)/,
  /不单列预算|单列预算/,
];

export const narrativeCoverage: Rule = {
  id: "narrative.coverage",
  check(context) {
    if (documentLevel(context.workbook) !== "department") return [];
    const narrative = context.workbook.tables.find((t) => t.kind === "narrative");
    if (!narrative) return [];
    for (const sheet of context.workbook.sheets.values()) {
      for (const row of sheet.values) {
        for (const value of row) {
          if (typeof value === "string" && SAYS_UNITS.some((p) => p.test(value.replace(/\s/g, "")))) return [];
        }
      }
    }
    const finding: Finding = {
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
