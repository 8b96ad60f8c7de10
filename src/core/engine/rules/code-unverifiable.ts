/**
 * Check 5 (info): a code the bundled catalog cannot confirm or deny: the check was not made, and we say so, once per
 * code per workbook, not on every sheet that repeats it. The row reported is the first in the report's own order
 * (table kind, sheet name, row), so it does not depend on the order of the sheets; with 校验本表 a row on a checked
 * sheet is preferred, so the note is not filtered away.
 */
import type { FindingOf } from "../../findings/finding";
import { absentCodeFinding, rowsWhereCode } from "../code-findings";
import type { TableKind } from "../recognise/kinds";
import type { RuleOf } from "../rule";
import { sortFindings } from "../sort-findings";

export const codeUnverifiable: RuleOf<"code.unverifiable"> = {
  id: "code.unverifiable",
  check(ctx) {
    const candidates: FindingOf<"code.unverifiable">[] = [];
    const seen = new Set<string>();
    for (const { row } of rowsWhereCode(ctx.workbook, ctx.catalog, "unverifiable")) {
      const key = `${row.table.sheet}|${row.code.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(absentCodeFinding("code.unverifiable", "info", row, ctx.catalog));
    }
    const kinds = new Map<string, TableKind>(ctx.workbook.tables.map((t) => [t.sheet, t.kind]));
    const wanted = ctx.options.onlySheets ? new Set(ctx.options.onlySheets) : undefined;
    const ordered = sortFindings(candidates, kinds);
    const preferred = wanted ? [...ordered.filter((f) => wanted.has(f.sheet)), ...ordered] : ordered;
    const once = new Map<string, FindingOf<"code.unverifiable">>();
    for (const finding of preferred) {
      const code = finding.params.code;
      if (!once.has(code)) once.set(code, finding);
    }
    return [...once.values()];
  },
};
