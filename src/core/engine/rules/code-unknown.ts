/** Check 5: a code the catalog of the budget year does not have, where the catalog can be sure. */
import { absentCodeFinding, rowsWhereCode } from "../code-findings";
import type { RuleOf } from "../rule";

export const codeUnknown: RuleOf<"code.unknown"> = {
  id: "code.unknown",
  check(ctx) {
    return rowsWhereCode(ctx.workbook, ctx.catalog, "unknown").map(({ row, found }) =>
      absentCodeFinding("code.unknown", found.sure === "official" ? "error" : "warning", row, ctx.catalog),
    );
  },
};
