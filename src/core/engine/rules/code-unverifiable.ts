/**
 * Check 5 (info): a code the bundled catalog cannot confirm or deny: the check was not made, and we say so — once per
 * code per workbook, at its first table in report order (never workbook order), with the other places as refs.
 */
import type { CellRef, Finding } from "../../findings/finding";
import { classifiedRows, type ClassifiedRow } from "../classified-rows";
import { lookupCode } from "../code-lookup";
import { kindOrder } from "../recognise/kinds";
import type { Rule } from "../rule";

function before(a: ClassifiedRow, b: ClassifiedRow): boolean {
  const byKind = kindOrder(a.table.kind) - kindOrder(b.table.kind);
  if (byKind !== 0) return byKind < 0;
  if (a.table.sheet !== b.table.sheet) return a.table.sheet < b.table.sheet;
  return a.row.row < b.row.row;
}

export const codeUnverifiable: Rule = {
  id: "code.unverifiable",
  check(ctx) {
    const places = new Map<string, ClassifiedRow[]>();
    for (const classified of classifiedRows(ctx.workbook)) {
      const { code } = classified;
      if (code.malformed || lookupCode(ctx.catalog, code.code).status !== "unverifiable") continue;
      const list = places.get(code.code) ?? [];
      list.push(classified);
      places.set(code.code, list);
    }
    const findings: Finding[] = [];
    for (const [code, list] of places) {
      const first = list.reduce((a, b) => (before(b, a) ? b : a));
      const refs: CellRef[] = [];
      const seen = new Set<string>([`${first.table.sheet}!${first.code.cell}`]);
      for (const other of [...list].sort((a, b) => (before(a, b) ? -1 : 1))) {
        const key = `${other.table.sheet}!${other.code.cell}`;
        if (seen.has(key)) continue;
        seen.add(key);
        refs.push({ sheet: other.table.sheet, cell: other.code.cell });
      }
      findings.push({
        rule: "code.unverifiable",
        severity: "info",
        sheet: first.table.sheet,
        cell: first.code.cell,
        table: first.table.kind,
        refs,
        params: { code, catalog: ctx.catalog.source },
      });
    }
    return findings;
  },
};
