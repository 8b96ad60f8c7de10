/**
 * Figures for the reconciliation engine (printed by `npm run bench`, never a test). Target from issue 4: the seed
 * workbook's snapshot through the engine < 10 ms (median of ≥ 5 runs after a warm-up). Also: the engine without the
 * narrative rules (and with them, on a fresh context), a plain floating-point summation of the same amount cells in the same run (the ratio), and a
 * linearity probe: the seed's 支出表 with its item rows repeated 10× and 100×, so time per row can be compared.
 */
import * as path from "node:path";
import { checkWorkbook } from "../src/core/engine";
import { bundledCatalog } from "../src/core/catalog";
import { buildQuantities } from "../src/core/engine/build-quantities";
import { recogniseWorkbook } from "../src/core/engine/recognise";
import type { RuleContext } from "../src/core/engine/rule";
import { NARRATIVE_RULES, TABLE_RULES } from "../src/core/engine/rules";
import type { SheetSnapshot, WorkbookSnapshot } from "../src/core/grid/snapshot";
import { readWorkbookFile } from "../src/host/xlsx";
import { timings } from "./timing";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

function timeRuns(runs: number, body: () => void): number {
  return timings(runs, body).median;
}

let sink = 0;

function floatSum(wb: WorkbookSnapshot): void {
  for (const s of wb.sheets) for (const row of s.values) for (const v of row) if (typeof v === "number") sink += v;
}

/** The 支出表 with its 17 item rows repeated `times` times (the 合计 stays: sums are judged, not matched). */
function grown(wb: WorkbookSnapshot, times: number): WorkbookSnapshot {
  const expense = wb.sheets.find((s) => s.name === "部门支出预算表")!;
  const items = expense.values.slice(7, 24);
  const formats = expense.numberFormats?.slice(7, 24) ?? [];
  const values = [...expense.values.slice(0, 7)];
  const numberFormats = [...(expense.numberFormats?.slice(0, 7) ?? [])];
  for (let i = 0; i < times; i++) {
    values.push(...items);
    numberFormats.push(...formats);
  }
  const sheet: SheetSnapshot = { ...expense, values, numberFormats };
  return { ...wb, sheets: [sheet] };
}

export async function run(): Promise<Record<string, unknown>> {
  const outcome = await readWorkbookFile(SAMPLE);
  if (!outcome.ok) return { error: `sample unreadable: ${outcome.problem.kind}` };
  const seed = outcome.snapshot;
  const whole = timings(21, () => {
    sink += checkWorkbook(seed).findings.length;
  });
  const engine = whole.median;
  // The same after the JIT has settled (a long-running pane or command line checks many workbooks): the runs above
  // follow 3 warm-ups only, so on a busy 2-core machine most of them still run unoptimised code.
  for (let i = 0; i < 300; i++) sink += checkWorkbook(seed).findings.length;
  const warmed = timings(21, () => {
    sink += checkWorkbook(seed).findings.length;
  });
  const context = (): RuleContext => {
    const workbook = recogniseWorkbook(seed);
    return {
      workbook,
      quantities: buildQuantities(workbook),
      options: {},
      catalog: bundledCatalog(2024),
      tolerance: undefined,
      year: 2024,
    };
  };
  const tableRules = timings(21, () => {
    const ctx = context();
    for (const rule of TABLE_RULES) sink += rule.check(ctx).length;
  });
  // The narrative rules read the 情况说明 once per recognised workbook: a fresh context each run, so it is counted.
  const withNarrative = timings(21, () => {
    const ctx = context();
    for (const rule of TABLE_RULES) sink += rule.check(ctx).length;
    for (const rule of NARRATIVE_RULES) sink += rule.check(ctx).length;
  });
  const recognition = timeRuns(21, () => {
    sink += recogniseWorkbook(seed).tables.length;
  });
  const float = timeRuns(21, () => floatSum(seed));
  const rows10 = grown(seed, 10);
  const rows100 = grown(seed, 100);
  const t10 = timeRuns(7, () => {
    sink += checkWorkbook(rows10).findings.length;
  });
  const t100 = timeRuns(7, () => {
    sink += checkWorkbook(rows100).findings.length;
  });
  return {
    seedEngineMedianMs: engine,
    seedEngineMinMs: whole.min,
    seedEngineAfter300RunsMedianMs: warmed.median,
    seedRecognitionAndTableRulesMedianMs: tableRules.median,
    seedRecognitionAndTableRulesMinMs: tableRules.min,
    seedWithNarrativeRulesMedianMs: withNarrative.median,
    seedWithNarrativeRulesMinMs: withNarrative.min,
    seedTargetMs: 10,
    seedRecognitionMedianMs: recognition,
    seedFloatSumMedianMs: float,
    engineToFloatRatio: float > 0 ? Math.round(engine / float) : null,
    expenseRows170MedianMs: t10,
    expenseRows1700MedianMs: t100,
    linearity1700vs170: t10 > 0 ? Math.round((t100 / t10) * 10) / 10 : null,
    sink: sink > 0,
  };
}
