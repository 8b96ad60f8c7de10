/** A table that prints no unit is read in the unit of the other tables (info). */
import type { Finding } from "../../findings/finding";
import type { Rule } from "../rule";

export const tableUnitAssumed: Rule = {
  id: "table.unit-assumed",
  check(ctx) {
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.unitSource !== "assumed" || table.kind === "narrative") continue;
      findings.push({
        rule: "table.unit-assumed",
        severity: "info",
        sheet: table.sheet,
        cell: "A1",
        table: table.kind,
        refs: [],
        params: { unit: table.unit },
      });
    }
    return findings;
  },
};
