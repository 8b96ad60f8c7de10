/** Check 10: 部门经济分类 → 政府经济分类 pairs follow the official mapping (for a 机关 or a 事业单位). */
import type { FindingOf } from "../../findings/finding";
import type { RuleOf } from "../rule";

export const codeEconMapping: RuleOf<"code.econ-mapping"> = {
  id: "code.econ-mapping",
  check(ctx) {
    const findings: FindingOf<"code.econ-mapping">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind !== "basic-expense" && table.kind !== "econ-summary") continue;
      for (const row of table.rows) {
        if (row.kind !== "code" || !row.code || !row.govCode || row.code.malformed || row.govCode.malformed) continue;
        if (row.code.code.length !== 5) continue;
        const organ = ctx.catalog.governmentCodeFor(row.code.code, "机关");
        const institution = ctx.catalog.governmentCodeFor(row.code.code, "事业单位");
        if (!organ && !institution) continue;
        const allowed = [organ?.code, institution?.code].filter((c): c is string => c !== undefined);
        if (allowed.includes(row.govCode.code)) continue;
        const mapping = ctx.catalog.governmentMappingFor?.(row.code.code, organ ? "机关" : "事业单位");
        findings.push({
          rule: "code.econ-mapping",
          severity: mapping?.source === "compiled" ? "warning" : "error",
          sheet: table.sheet,
          cell: row.govCode.cell,
          table: table.kind,
          refs: [{ sheet: table.sheet, cell: row.code.cell }],
          params: {
            code: row.code.code,
            govCode: row.govCode.code,
            expectedGov: [...new Set(allowed)].join(" / "),
            // Only a compiled pair says where it comes from: its message then says it is unchecked.
            ...(mapping?.source === "compiled" && { source: "compiled" }),
          },
        });
      }
    }
    return findings;
  },
};
