/** Check 6: an empty 政府性基金 / 国有资本经营 table must say that it is empty. */
import type { Finding } from "../../findings/finding";
import type { Rule } from "../rule";

const STATEMENT = /空表|无(数据|收支|支出|收入|此项|相关)|没有|未安排|无使用|不涉及/;

export const tableEmptyStatement: Rule = {
  id: "table.empty-statement",
  check(ctx) {
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind !== "gov-fund" && table.kind !== "state-capital") continue;
      const empty = table.rows.every((r) => [...r.amounts.values()].every((a) => a.value.isZero()));
      if (!empty) continue;
      const sheet = ctx.workbook.sheets.get(table.sheet);
      const said = (sheet?.values ?? []).some((row) =>
        row.some((v) => typeof v === "string" && STATEMENT.test(v.replace(/\s/g, ""))),
      );
      if (said) continue;
      findings.push({
        rule: "table.empty-statement",
        severity: "warning",
        sheet: table.sheet,
        cell: "A1",
        table: table.kind,
        refs: [],
        params: {},
      });
    }
    return findings;
  },
};
