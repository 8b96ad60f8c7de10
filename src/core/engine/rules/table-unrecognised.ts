/**
 * A sheet that is none of the known tables is said so (info), never skipped silently. Where the profile's set of
 * tables is certain, workbook.extra-sheet says it instead.
 */
import { requiredTables } from "../required-tables";
import type { RuleOf } from "../rule";

export const tableUnrecognised: RuleOf<"table.unrecognised"> = {
  id: "table.unrecognised",
  check(ctx) {
    if (requiredTables(ctx.workbook)) return [];
    return ctx.workbook.unrecognised.map((u) => ({
      rule: "table.unrecognised",
      severity: "info",
      sheet: u.sheet,
      cell: "A1",
      refs: [],
      params: { reason: u.reason },
    }));
  },
};
