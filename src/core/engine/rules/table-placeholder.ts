/** Check 6: template placeholders left in a table (XX, xxx, ××, 待填写). The 情况说明 has its own rule. */
import type { FindingOf } from "../../findings/finding";
import { cellAddress } from "../../grid/address";
import type { RuleOf } from "../rule";
import { sheetWords } from "../sheet-words";

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
      // Cells with words only (sheet-words.ts): no placeholder is made of digits and points. Merged cells repeated
      // by some readers: each text is reported once, at its first cell (the distinct texts, in the order met).
      const words = sheetWords(ctx.workbook, sheet);
      for (let d = 0; d < words.distinct.length; d++) {
        const v = words.distinct[d]!;
        if (!MAYBE.test(v)) continue;
        const match = PLACEHOLDER.exec(v);
        if (!match) continue;
        const i = words.firstCell[d]!;
        findings.push({
          rule: "table.placeholder",
          severity: "error",
          sheet: table.sheet,
          cell: cellAddress(words.rows[i]!, words.cols[i]!),
          table: table.kind,
          refs: [],
          params: { text: match[0] },
        });
      }
    }
    return findings;
  },
};
