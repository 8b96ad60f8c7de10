/**
 * Check 5 (info): a code the bundled catalog cannot confirm or deny: the check was not made, and we say so, once per
 * code per workbook, not on every sheet that repeats it. The row reported is the first in the report's own order
 * (table kind, sheet name, row), so it does not depend on the order of the sheets; with 校验本表 a row on a checked
 * sheet is preferred, so the note is not filtered away.
 */
import type { FindingOf } from "../../findings/finding";
import { classifiedRows } from "../classified-rows";
import { lookupCode } from "../code-lookup";
import type { TableKind } from "../recognise/kinds";
import type { RuleOf } from "../rule";
import { sortFindings } from "../sort-findings";

export const codeUnverifiable: RuleOf<"code.unverifiable"> = {
  id: "code.unverifiable",
  check(ctx) {
    const candidates: FindingOf<"code.unverifiable">[] = [];
    const seen = new Set<string>();
    for (const { table, code } of classifiedRows(ctx.workbook)) {
      if (code.malformed || lookupCode(ctx.catalog, code.code).status !== "unverifiable") continue;
      const key = `${table.sheet}|${code.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({
        rule: "code.unverifiable",
        severity: "info",
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
        params: { code: code.code, catalog: ctx.catalog.source },
      });
    }
    const kinds = new Map<string, TableKind>(ctx.workbook.tables.map((t) => [t.sheet, t.kind]));
    const wanted = ctx.options.onlySheets ? new Set(ctx.options.onlySheets) : undefined;
    const ordered = sortFindings(candidates, kinds);
    const preferred = wanted ? [...ordered.filter((f) => wanted.has(f.sheet)), ...ordered] : ordered;
    const once = new Map<string, FindingOf<"code.unverifiable">>();
    for (const finding of preferred) {
      const code = String(finding.params.code);
      if (!once.has(code)) once.set(code, finding);
    }
    return [...once.values()];
  },
};
