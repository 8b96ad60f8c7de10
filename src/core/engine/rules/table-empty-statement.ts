/** Check 6: an empty 政府性基金 / 国有资本经营 table must say that it is empty. */
import type { FindingOf } from "../../findings/finding";
import { EMPTY_STATEMENT, findStatement } from "../empty-statement";
import type { RuleOf } from "../rule";

export const tableEmptyStatement: RuleOf<"table.empty-statement"> = {
  id: "table.empty-statement",
  check(ctx) {
    const findings: FindingOf<"table.empty-statement">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind !== "gov-fund" && table.kind !== "state-capital") continue;
      const empty = table.rows.every((r) => [...r.amounts.values()].every((a) => a.value.isZero()));
      if (!empty) continue;
      if (findStatement(ctx.workbook, ctx.workbook.sheets.get(table.sheet), EMPTY_STATEMENT)) continue;
      findings.push({
        rule: "table.empty-statement",
        severity: "warning",
        sheet: table.sheet,
        cell: "A1",
        table: table.kind,
        refs: [],
        params: {},
      });
    }
    return findings;
  },
};
