/**
 * Each rule in the list owns exactly one id, and what it reports carries that id: a rule's findings, its failure
 * (engine.rule-failed names it) and the settings that turn rules off all refer to rules by id.
 */
import { bundledCatalog, BUNDLED_YEAR } from "../../../src/core/catalog";
import { buildQuantities } from "../../../src/core/engine/build-quantities";
import { recogniseWorkbook } from "../../../src/core/engine/recognise/recognise-workbook";
import type { RuleContext } from "../../../src/core/engine/rule";
import { RULES } from "../../../src/core/engine/rules";
import { RULE_IDS } from "../../../src/core/findings/rule-ids";
import type { WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { corpusPresent, CORPUS_NAMES, loadCorpus } from "../../helpers/corpus-workbooks";
import { loadSeed } from "../../helpers/seed";
import { applyMutation, mutations } from "../../corpus/mutate";

/**
 * Ids no rule in the list owns: the engine reports them itself (check-workbook.ts, rule-failed.ts), or the
 * consolidation of a run's 部门 and 单位 workbooks does (core/consolidate: it compares workbooks, not one).
 */
const ENGINE_IDS = ["engine.rule-failed", "consolidation.sum", "consolidation.unit-row", "consolidation.incomplete"];

function contextOf(snapshot: WorkbookSnapshot): RuleContext {
  const workbook = recogniseWorkbook(snapshot);
  return {
    workbook,
    quantities: buildQuantities(workbook),
    options: {},
    catalog: bundledCatalog(workbook.year ?? BUNDLED_YEAR),
    tolerance: undefined,
    year: workbook.year,
  };
}

/** Rule id → the ids of the findings it returned on these workbooks. */
function emitted(snapshots: readonly WorkbookSnapshot[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>(RULES.map((rule) => [rule.id, new Set<string>()]));
  for (const snapshot of snapshots) {
    const context = contextOf(snapshot);
    for (const rule of RULES) for (const finding of rule.check(context)) seen.get(rule.id)!.add(finding.rule);
  }
  return seen;
}

/** Every tenth one-change copy: enough sums, codes, names and figures gone wrong to make most rules speak. */
function someMutations(snapshot: WorkbookSnapshot): WorkbookSnapshot[] {
  return mutations(snapshot)
    .filter((_, i) => i % 10 === 0)
    .map((m) => applyMutation(snapshot, m));
}

describe("rule ids", () => {
  it("no two rules in the list share an id", () => {
    const ids = RULES.map((rule) => rule.id);
    const shared = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(shared).toEqual([]);
  });

  it("every id is a rule's in the list, or one the engine reports itself", () => {
    const owned = new Set<string>([...RULES.map((rule) => rule.id), ...ENGINE_IDS]);
    expect(RULE_IDS.filter((id) => !owned.has(id))).toEqual([]);
    expect(ENGINE_IDS.filter((id) => RULES.some((rule) => rule.id === id))).toEqual([]);
  });

  it("on the seed workbook and its one-change copies, every rule reports under its own id only", async () => {
    const seed = await loadSeed();
    const seen = emitted([seed, ...someMutations(seed)]);
    const foreign = [...seen].flatMap(([id, rules]) => [...rules].filter((r) => r !== id).map((r) => `${id} → ${r}`));
    expect(foreign).toEqual([]);
    // The copies make rules speak: a test that saw no findings would prove nothing.
    expect([...seen.values()].filter((rules) => rules.size > 0).length).toBeGreaterThan(10);
  });

  (corpusPresent() ? it : it.skip)("on the corpus workbooks, every rule reports under its own id only", async () => {
    const snapshots = await Promise.all(CORPUS_NAMES.map((name) => loadCorpus(name)));
    const seen = emitted(snapshots);
    const foreign = [...seen].flatMap(([id, rules]) => [...rules].filter((r) => r !== id).map((r) => `${id} → ${r}`));
    expect(foreign).toEqual([]);
    // Real budgets are mostly right: a few notes and warnings, but never none.
    expect([...seen.values()].filter((rules) => rules.size > 0).length).toBeGreaterThan(0);
  });
});
