/** Check 5 (info): a code the bundled catalog cannot confirm or deny: the check was not made, and we say so. */
import type { Finding } from "../../findings/finding";
import { classifiedRows } from "../classified-rows";
import { lookupCode } from "../code-lookup";
import type { Rule } from "../rule";

export const codeUnverifiable: Rule = {
  id: "code.unverifiable",
  check(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { table, code } of classifiedRows(ctx.workbook)) {
      if (code.malformed || lookupCode(ctx.catalog, code.code).status !== "unverifiable") continue;
      const key = `${table.sheet}|${code.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: "code.unverifiable",
        severity: "info",
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
        params: { code: code.code, catalog: ctx.catalog.source },
      });
    }
    return findings;
  },
};
