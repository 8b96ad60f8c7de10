/** Check 3: a heading row of a summary table ("二、上年结转") = Σ its sub-items ("（一）…（三）"). */
import type { FindingOf } from "../../findings/finding";
import { judgeSum } from "../judge";
import { columnLabel } from "../labels";
import type { RuleOf } from "../rule";
import type { Amount } from "../recognise/types";
import { summarySides } from "../summary-sides";

export const summaryHeading: RuleOf<"summary.heading"> = {
  id: "summary.heading",
  check(ctx) {
    const findings: FindingOf<"summary.heading">[] = [];
    for (const table of ctx.workbook.tables)
      for (const side of summarySides(table))
        for (const { heading, children } of side.headings)
          for (const [role, total] of heading.amounts) {
            const parts = children.map((c) => c.amounts.get(role)).filter((a): a is Amount => a !== undefined);
            if (parts.length !== children.length) continue;
            const f = judgeSum(ctx, {
              rule: "summary.heading",
              table,
              total,
              parts,
              params: () => ({ label: heading.label, column: columnLabel(table, role, side.side) }),
            });
            if (f) findings.push(f);
          }
    return findings;
  },
};
