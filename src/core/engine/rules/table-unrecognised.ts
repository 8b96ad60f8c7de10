/** A sheet that is none of the known tables is said so (info), never skipped silently. */
import type { Rule } from "../rule";

export const tableUnrecognised: Rule = {
  id: "table.unrecognised",
  check(ctx) {
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
