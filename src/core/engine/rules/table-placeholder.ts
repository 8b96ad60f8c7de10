/** Check 6: template placeholders left in a table (XX, xxx, ××, 待填写). The 情况说明 has its own rule. */
import type { Finding } from "../../findings/finding";
import { cellAddress } from "../../grid/address";
import type { Rule } from "../rule";

const PLACEHOLDER = /(?<![A-Za-z])(XX+|xxx+|Xx+|××+|＊＊+)(?![A-Za-z])|待填写|待补充|请填写|此处填写/;

export const tablePlaceholder: Rule = {
  id: "table.placeholder",
  check(ctx) {
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind === "narrative") continue;
      const sheet = ctx.workbook.sheets.get(table.sheet);
      if (!sheet) continue;
      const seen = new Set<string>();
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== "string") return;
          const match = PLACEHOLDER.exec(v);
          // Merged cells repeated by some readers: report the text once.
          if (!match || seen.has(v)) return;
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
        }),
      );
    }
    return findings;
  },
};
