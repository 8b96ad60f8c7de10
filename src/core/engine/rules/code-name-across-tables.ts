/**
 * The same code printed with a different name in one classified table than in the others, where the catalog cannot
 * say which name is right (a code it does not list): the name most tables print is taken as meant, and only with
 * a clear majority (two tables against one); a tie says nothing. A wording slip, so a warning, under the same id as
 * the catalog comparison.
 */
import type { FindingOf } from "../../findings/finding";
import { lookupCode } from "../code-lookup";
import type { RecognisedTable, Row } from "../recognise/types";
import { CODE_MALFORMED, KIND_CODE, rowFacts } from "../row-facts";
import type { RulePart } from "../rule";
import { tableOf } from "../tables";

const FUNCTIONAL_TABLES = ["income", "expense", "general-expense", "gov-fund", "state-capital"] as const;

interface Printed {
  readonly table: RecognisedTable;
  readonly row: Row;
}

export const codeNameAcrossTables: RulePart<"code.name-mismatch"> = {
  check(ctx) {
    const byCode = new Map<string, Printed[]>();
    for (const kind of FUNCTIONAL_TABLES) {
      const table = tableOf(ctx.workbook, kind);
      if (!table) continue;
      // Each code's first named row, found on the row facts: once a code is seen its other rows are not looked at.
      const { kinds, flags, codeIndex, codes } = rowFacts(table);
      const seen = new Uint8Array(codes.length);
      for (let i = 0; i < kinds.length; i++) {
        const c = codeIndex[i]!;
        if (kinds[i] !== KIND_CODE || c < 0 || seen[c] === 1 || (flags[i]! & CODE_MALFORMED) !== 0) continue;
        const row = table.rows[i]!;
        if (row.label === "") continue;
        seen[c] = 1;
        const list = byCode.get(codes[c]!) ?? [];
        list.push({ table, row });
        byCode.set(codes[c]!, list);
      }
    }
    const findings: FindingOf<"code.name-mismatch">[] = [];
    for (const [code, printed] of byCode) {
      if (printed.length < 3 || lookupCode(ctx.catalog, code).status === "found") continue;
      const counts = new Map<string, number>();
      for (const p of printed) counts.set(p.row.label, (counts.get(p.row.label) ?? 0) + 1);
      if (counts.size < 2) continue;
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const [meant, most] = ranked[0]!;
      if (most < 2 || ranked[1]![1] === most) continue;
      const agreeing = printed.find((p) => p.row.label === meant)!;
      for (const { table, row } of printed) {
        if (row.label === meant) continue;
        findings.push({
          rule: "code.name-mismatch",
          severity: "warning",
          sheet: table.sheet,
          cell: row.labelCell ?? row.code!.cell,
          expected: meant,
          actual: row.label,
          table: table.kind,
          refs: [{ sheet: agreeing.table.sheet, cell: agreeing.row.labelCell ?? agreeing.row.code!.cell }],
          params: { code, name: row.label, expectedName: meant, source: "tables", otherSheet: agreeing.table.sheet },
        });
      }
    }
    return findings;
  },
};
