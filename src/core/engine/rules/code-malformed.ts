/** Check 5: codes that are not 3/5/7 digits, or that had to be repaired (lost leading zero, stray spaces). */
import { normaliseCode, type NormalisedCode } from "../../catalog";
import type { FindingOf } from "../../findings/finding";
import { classifiedRows } from "../classified-rows";
import type { RuleOf } from "../rule";

const REPAIR_ZH: Readonly<Record<string, string>> = {
  "leading-zero": "补回了丢失的前导 0",
  spaces: "去掉了多余空格",
  decorated: "去掉了括号和名称",
};

export const codeMalformed: RuleOf<"code.malformed"> = {
  id: "code.malformed",
  check(ctx) {
    const findings: FindingOf<"code.malformed">[] = [];
    // A table repeats a few dozen codes over thousands of rows: each distinct code is read once.
    const read = new Map<string, NormalisedCode>();
    for (const { table, code } of classifiedRows(ctx.workbook)) {
      let checked = code.malformed ? undefined : read.get(code.code);
      if (!code.malformed && !checked) {
        checked = normaliseCode(code.code);
        read.set(code.code, checked);
      }
      if (!code.malformed && checked!.ok && code.repaired.length === 0) continue;
      const base = {
        rule: "code.malformed" as const,
        sheet: table.sheet,
        cell: code.cell,
        table: table.kind,
        refs: [],
      };
      if (code.malformed || (checked && !checked.ok)) {
        const reason = checked && !checked.ok ? checked.reason : "wrong-length";
        // A code of no valid length or with letters cannot be classified at all.
        findings.push({ ...base, severity: "error", params: { raw: code.raw, code: code.code, reason } });
        continue;
      }
      const repairs = code.repaired.filter((r) => r !== "decorated");
      if (repairs.length > 0)
        findings.push({
          ...base,
          severity: "info",
          params: {
            raw: code.raw,
            code: code.code,
            repair: repairs.map((r) => REPAIR_ZH[r] ?? r).join("、"),
            repairs: repairs.join(", "),
          },
        });
    }
    return findings;
  },
};
