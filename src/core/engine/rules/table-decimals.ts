/**
 * Amounts print to the 分 at most: a table amount showing more than 2 decimals that are not zeros (1,241.655) is a
 * precision left over from a calculation. One warning per table, at its first such cell, with how many there are.
 */
import type { FindingOf } from "../../findings/finding";
import { parseAddress } from "../../grid/address";
import { readCellAmount } from "../cell-amount";
import type { RuleOf } from "../rule";

const MAX_DECIMALS = 2;

export const tableDecimals: RuleOf<"table.decimals"> = {
  id: "table.decimals",
  check(ctx) {
    const findings: FindingOf<"table.decimals">[] = [];
    for (const table of ctx.workbook.tables) {
      // The table's decimals are the most any of its cells shows: most tables are settled here.
      if (table.decimals <= MAX_DECIMALS) continue;
      let first: { sheet: string; cell: string; shown: string } | undefined;
      let count = 0;
      const seen = new Set<string>();
      for (const row of table.rows)
        for (const amount of row.amounts.values()) {
          if (amount.blank) continue;
          const sheetName = amount.sheet ?? table.sheet;
          const key = `${sheetName}!${amount.cell}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const at = parseAddress(amount.cell);
          const sheet = ctx.workbook.sheets.get(sheetName);
          if (!at || !sheet) continue;
          const read = readCellAmount(sheet.values[at.row]?.[at.col], sheet.numberFormats?.[at.row]?.[at.col]);
          // Trailing zeros (12.500) print more places but no finer amount.
          if (read.kind !== "amount" || read.value.decimalPlaces() <= MAX_DECIMALS) continue;
          count++;
          first ??= { sheet: sheetName, cell: amount.cell, shown: read.value.toString() };
        }
      if (!first) continue;
      findings.push({
        rule: "table.decimals",
        severity: "warning",
        sheet: first.sheet,
        cell: first.cell,
        actual: first.shown,
        table: table.kind,
        refs: [],
        params: { count: String(count) },
      });
    }
    return findings;
  },
};
