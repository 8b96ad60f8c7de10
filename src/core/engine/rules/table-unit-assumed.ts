/** A table that prints no unit is read in the unit of the other tables (info). */
import type { FindingOf } from "../../findings/finding";
import type { RuleOf } from "../rule";

export const tableUnitAssumed: RuleOf<"table.unit-assumed"> = {
  id: "table.unit-assumed",
  check(ctx) {
    const findings: FindingOf<"table.unit-assumed">[] = [];
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
