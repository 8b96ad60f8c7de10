/** Check 4: 三公 合计 = 因公出国（境）+ 公务用车购置及运行 + 公务接待; 公务用车购置及运行 = 购置 + 运行. */
import type { FindingOf } from "../../findings/finding";
import type { SangongParts } from "../../findings/rule-params";
import { judgeSum } from "../judge";
import type { RuleOf } from "../rule";
import type { Amount, AmountRole } from "../recognise/types";

/** The columns are the table's fixed ones: the findings name them by role, the message files in words. */
const RELATIONS: readonly { total: "total" | "car"; parts: readonly AmountRole[]; partRoles: SangongParts }[] = [
  { total: "total", parts: ["abroad", "car", "reception"], partRoles: "abroad + car + reception" },
  { total: "car", parts: ["car-purchase", "car-running"], partRoles: "car-purchase + car-running" },
];
/** 合计 over the car expenses' two sub-columns, where the table has no 小计 column for them. */
const TOTAL_WITHOUT_CAR: readonly AmountRole[] = ["abroad", "car-purchase", "car-running", "reception"];

export const sangongSum: RuleOf<"sangong.sum"> = {
  id: "sangong.sum",
  check(ctx) {
    const findings: FindingOf<"sangong.sum">[] = [];
    for (const table of ctx.workbook.tables) {
      if (table.kind !== "sangong") continue;
      for (const row of table.rows) {
        for (const relation of RELATIONS) {
          const total = row.amounts.get(relation.total);
          // Without a 小计 column the car expenses are the two sub-columns.
          const split = relation.total === "total" && !row.amounts.has("car");
          const roles = split ? TOTAL_WITHOUT_CAR : relation.parts;
          const parts = roles.map((p) => row.amounts.get(p)).filter((a): a is Amount => a !== undefined);
          if (!total || parts.length !== roles.length) continue;
          const f = judgeSum(ctx, {
            rule: "sangong.sum",
            table,
            total,
            parts,
            params: {
              totalRole: relation.total,
              partRoles: split ? "abroad + car-purchase + car-running + reception" : relation.partRoles,
            },
          });
          if (f) findings.push(f);
        }
      }
    }
    return findings;
  },
};
