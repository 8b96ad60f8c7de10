/**
 * Where the profile's set of tables is certain (required-tables.ts), a sheet that is none of its tables, no
 * narrative and no text section is an extra sheet: a note, in place of table.unrecognised.
 */
import { requiredTables } from "../required-tables";
import type { RuleOf } from "../rule";

export const workbookExtraSheet: RuleOf<"workbook.extra-sheet"> = {
  id: "workbook.extra-sheet",
  check(ctx) {
    if (!requiredTables(ctx.workbook)) return [];
    return ctx.workbook.unrecognised.map((u) => ({
      rule: "workbook.extra-sheet",
      severity: "info",
      sheet: u.sheet,
      cell: "A1",
      refs: [],
      params: { reason: u.reason },
    }));
  },
};
