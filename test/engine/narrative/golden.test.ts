/**
 * The seed's narrative findings against the reviewer's golden list (test/golden/fengquan-2024.expected.json,
 * narrative.* entries): every listed finding is reported with both sides and the difference; anything else is
 * tolerated there or reviewed below.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding, Severity } from "../../../src/core/findings/finding";
import { sidesFor } from "../../../src/core/messages";
import { loadSeed } from "../../helpers/seed";

interface GoldenFinding {
  id: string;
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
}
interface Tolerated {
  sheet: string;
  cell: string;
  rule: string;
  max_severity: Severity;
}

const golden = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../golden/fengquan-2024.expected.json"), "utf8"),
) as {
  findings: GoldenFinding[];
  tolerated: Tolerated[];
};
const narrative = (rule: string): boolean => rule.startsWith("narrative.");
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Reported beyond the golden list, reviewed: amounts no table states are said (domain.md), never skipped. */
const REVIEWED: readonly { cell: string; rule: string; severity: Severity; count: number; why: string }[] = [
  {
    cell: "A5",
    rule: "narrative.untied",
    severity: "info",
    count: 1,
    why: "专户管理的教育收费 0.00: the quantity map has no 财政专户 income key",
  },
  {
    cell: "A26",
    rule: "narrative.untied",
    severity: "info",
    count: 4,
    why: "政府采购 total, 货物, 工程, 服务: no table states procurement",
  },
  {
    cell: "A30",
    rule: "narrative.scope",
    severity: "info",
    count: 2,
    why: "单位价值50万元以上 / 100万元以上: thresholds, not amounts (the golden list's note on A30)",
  },
];

describe("seed fengquan-2024 against the golden list (narrative checks 11–14)", () => {
  let findings: readonly Finding[] = [];
  beforeAll(async () => {
    // The golden list writes both sides as the Chinese report does (narrative.direction's directions in words).
    findings = checkWorkbook(await loadSeed())
      .findings.filter((f) => narrative(f.rule))
      .map((f) => ({ ...f, ...sidesFor(f, "zh") }));
  });

  const required = golden.findings.filter((g) => narrative(g.rule));

  test("the golden list has narrative findings to compare", () => {
    expect(required.length).toBeGreaterThanOrEqual(15);
  });

  test.each(required.map((g) => [g.id, g] as const))(
    "%s is reported at the paragraph with both sides and the difference",
    (_id, g) => {
      const wanted: Record<string, unknown> = { rule: g.rule, severity: g.severity, sheet: g.sheet, cell: g.cell };
      for (const key of ["expected", "actual", "difference"] as const)
        if (g[key] !== undefined && g[key] !== null) wanted[key] = g[key];
      expect(findings).toContainEqual(expect.objectContaining(wanted));
    },
  );

  test("nothing else is reported beyond the tolerated and reviewed findings", () => {
    const extra = findings.filter((f) => {
      const listed = (g: GoldenFinding) =>
        g.rule === f.rule && g.cell === f.cell && g.expected === f.expected && g.actual === f.actual;
      if (required.some(listed)) return false;
      return !golden.tolerated.some(
        (t) =>
          t.rule === f.rule && t.sheet === f.sheet && t.cell === f.cell && RANK[f.severity] <= RANK[t.max_severity],
      );
    });
    const counted = REVIEWED.map(
      (r) => extra.filter((f) => f.rule === r.rule && f.cell === r.cell && f.severity === r.severity).length,
    );
    expect(counted).toEqual(REVIEWED.map((r) => r.count));
    expect(extra.filter((f) => !REVIEWED.some((r) => r.rule === f.rule && r.cell === f.cell))).toEqual([]);
  });
});
