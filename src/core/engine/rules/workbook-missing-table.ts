/**
 * A table the profile requires is absent (a reviewer ticks each of the nine Shanghai tables). Reported once per
 * missing table, on the first table of the workbook in report order, since the missing one has no sheet.
 */
import type { FindingOf } from "../../findings/finding";
import { kindOrder } from "../recognise/kinds";
import { requiredTables } from "../required-tables";
import type { RuleOf } from "../rule";

export const workbookMissingTable: RuleOf<"workbook.missing-table"> = {
  id: "workbook.missing-table",
  check(ctx) {
    const required = requiredTables(ctx.workbook);
    if (!required) return [];
    const tables = ctx.workbook.tables.filter((t) => t.kind !== "narrative");
    const anchor = [...tables].sort(
      (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0),
    )[0];
    if (!anchor) return [];
    const findings: FindingOf<"workbook.missing-table">[] = [];
    for (const table of required) {
      if (tables.some((t) => t.kind === table.kind)) continue;
      findings.push({
        rule: "workbook.missing-table",
        severity: "error",
        sheet: anchor.sheet,
        cell: "A1",
        refs: [],
        params: { kind: table.kind, name: table.name },
      });
    }
    return findings;
  },
};
