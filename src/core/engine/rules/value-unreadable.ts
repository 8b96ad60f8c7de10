/** Text in an amount column that is not an amount: the checks that need it cannot be made (warning). */
import type { FindingOf } from "../../findings/finding";
import type { RuleOf } from "../rule";

export const valueUnreadable: RuleOf<"value.unreadable"> = {
  id: "value.unreadable",
  check(ctx) {
    const findings: FindingOf<"value.unreadable">[] = [];
    for (const table of ctx.workbook.tables)
      for (const u of table.unreadable)
        findings.push({
          rule: "value.unreadable",
          severity: "warning",
          sheet: table.sheet,
          cell: u.cell,
          table: table.kind,
          refs: [],
          params: { text: u.text },
        });
    return findings;
  },
};
