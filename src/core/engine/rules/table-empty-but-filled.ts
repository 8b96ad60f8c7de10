/**
 * A table that says it is empty ("本表为空表") while it prints amounts: either the note is a template leftover or
 * the amounts are wrong. Which one, the engine cannot tell, so it is a warning at the note, naming the first amount.
 */
import type { FindingOf } from "../../findings/finding";
import { cellAddress } from "../../grid/address";
import { formatFixed } from "../../money";
import { EMPTY_TABLE_CLAIM, findStatement } from "../empty-statement";
import type { Amount, RecognisedTable } from "../recognise/types";
import type { RuleOf } from "../rule";

/** The first amount the table prints that is not zero (blank cells read as 0 and do not count). */
function firstAmount(table: RecognisedTable): Amount | undefined {
  for (const row of table.rows) for (const a of row.amounts.values()) if (!a.blank && !a.value.isZero()) return a;
  return undefined;
}

export const tableEmptyButFilled: RuleOf<"table.empty-but-filled"> = {
  id: "table.empty-but-filled",
  check(ctx) {
    const findings: FindingOf<"table.empty-but-filled">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind === "narrative") continue;
      const claim = findStatement(ctx.workbook, ctx.workbook.sheets.get(table.sheet), EMPTY_TABLE_CLAIM);
      if (!claim) continue;
      const amount = firstAmount(table);
      if (!amount) continue;
      findings.push({
        rule: "table.empty-but-filled",
        severity: "warning",
        sheet: table.sheet,
        cell: cellAddress(claim[0], claim[1]),
        actual: formatFixed(amount.value, table.decimals),
        table: table.kind,
        refs: [{ sheet: amount.sheet ?? table.sheet, cell: amount.cell }],
        params: { amountCell: amount.cell },
      });
    }
    return findings;
  },
};
