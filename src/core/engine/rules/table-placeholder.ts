/** Check 6: template placeholders left in a table (XX, xxx, ××, 待填写). The 情况说明 has its own rule. */
import type { FindingOf } from "../../findings/finding";
import { cellAddress } from "../../grid/address";
import type { RuleOf } from "../rule";

const PLACEHOLDER = /(?<![A-Za-z])(XX+|xxx+|Xx+|××+|＊＊+)(?![A-Za-z])|待填写|待补充|请填写|此处填写/;

/** The characters every placeholder starts with: cells without one (amounts, names) skip the pattern. */
const MAYBE = /[Xx×＊待请此]/;

export const tablePlaceholder: RuleOf<"table.placeholder"> = {
  id: "table.placeholder",
  check(ctx) {
    const findings: FindingOf<"table.placeholder">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind === "narrative") continue;
      const sheet = ctx.workbook.sheets.get(table.sheet);
      if (!sheet) continue;
      const seen = new Set<string>();
      for (let r = 0; r < sheet.values.length; r++) {
        const row = sheet.values[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v !== "string" || !MAYBE.test(v)) continue;
          const match = PLACEHOLDER.exec(v);
          // Merged cells repeated by some readers: report the text once.
          if (!match || seen.has(v)) continue;
          seen.add(v);
          findings.push({
            rule: "table.placeholder",
            severity: "error",
            sheet: table.sheet,
            cell: cellAddress(r, c),
            table: table.kind,
            refs: [],
            params: { text: match[0] },
          });
        }
      }
    }
    return findings;
  },
};
