/** Check 4: 三公 合计 = 因公出国（境）+ 公务用车购置及运行 + 公务接待; 公务用车购置及运行 = 购置 + 运行. */
import type { FindingOf } from "../../findings/finding";
import { judgeSum } from "../judge";
import type { RuleOf } from "../rule";
import type { Amount, AmountRole } from "../recognise/types";

const RELATIONS: readonly { total: "total" | "car"; parts: readonly AmountRole[]; label: string }[] = [
  { total: "total", parts: ["abroad", "car", "reception"], label: "合计" },
  { total: "car", parts: ["car-purchase", "car-running"], label: "公务用车购置及运行费" },
];

export const sangongSum: RuleOf<"sangong.sum"> = {
  id: "sangong.sum",
  check(ctx) {
    const findings: FindingOf<"sangong.sum">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind !== "sangong") continue;
      for (const row of table.rows) {
        for (const relation of RELATIONS) {
          const total = row.amounts.get(relation.total);
          let roles = relation.parts;
          // Without a 小计 column the car expenses are the two sub-columns.
          if (relation.total === "total" && !row.amounts.has("car"))
            roles = ["abroad", "car-purchase", "car-running", "reception"];
          const parts = roles.map((p) => row.amounts.get(p)).filter((a): a is Amount => a !== undefined);
          if (!total || parts.length !== roles.length) continue;
          const f = judgeSum(ctx, {
            rule: "sangong.sum",
            table,
            total,
            parts,
            params: {
              label: relation.label,
              totalRole: relation.total,
              partsLabel: roles
                .join(" + ")
                .replace(/abroad/, "因公出国（境）费")
                .replace(/car-purchase/, "公务用车购置费")
                .replace(/car-running/, "公务用车运行费")
                .replace(/\bcar\b/, "公务用车购置及运行费")
                .replace(/reception/, "公务接待费"),
              partRoles: roles.join(" + "),
            },
          });
          if (f) findings.push(f);
        }
      }
    }
    return findings;
  },
};
