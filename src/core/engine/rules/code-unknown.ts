/** Check 5: a code the catalog of the budget year does not have, where the catalog can be sure. */
import type { FindingOf } from "../../findings/finding";
import { classifiedRows } from "../classified-rows";
import { lookupCode } from "../code-lookup";
import type { RuleOf } from "../rule";

export const codeUnknown: RuleOf<"code.unknown"> = {
  id: "code.unknown",
  check(ctx) {
    const findings: FindingOf<"code.unknown">[] = [];
    for (const { table, code } of classifiedRows(ctx.workbook)) {
      if (code.malformed) continue;
      const found = lookupCode(ctx.catalog, code.code);
      if (found.status !== "unknown") continue;
      findings.push({
        rule: "code.unknown",
        severity: found.sure === "official" ? "error" : "warning",
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
