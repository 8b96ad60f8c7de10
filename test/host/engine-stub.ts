/** An engine with known findings, honouring onlySheets as the real one does, so host tests do not depend on rules. */
import type { CheckOptions, CheckResult } from "../../src/core/engine/types";
import type { Finding, Severity } from "../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../src/core/grid/snapshot";

export const stubFinding = (sheet: string, cell: string, severity: Severity, text: string): Finding => ({
  rule: "value.unreadable",
  severity,
  sheet,
  cell,
  refs: [],
  params: { text },
});

export function stubEngine(findings: readonly Finding[]) {
  const calls: { snapshot: WorkbookSnapshot; options: CheckOptions }[] = [];
  const engine = (snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult => {
    calls.push({ snapshot, options });
    const only = options.onlySheets;
    return {
      year: 2024,
      tables: [],
      findings: findings.filter((f) => !only || only.includes(f.sheet)),
      catalog: { year: 2024, source: "stub catalog" },
    };
  };
  return { engine, calls };
}
