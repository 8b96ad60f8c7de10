/**
 * The mutation measure of issue #12: one-change copies of each corpus workbook must be caught, and the controls
 * (the same workbook stored differently) must give no new error or warning. The generator itself is tested first on
 * a small workbook written here, so it is checked where the corpus is absent too.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../src/core/grid/snapshot";
import { readWorkbookBuffer } from "../../src/host/xlsx";
import {
  CORPUS_WORKBOOKS,
  describeWithCorpus,
  corpusFile,
  loadCorpusWorkbook,
  type CorpusWorkbook,
} from "./corpus-files";
import {
  amountsAsText,
  applyMutation,
  codesAsNumbers,
  mutations,
  sample,
  sheetsReordered,
  type Mutation,
} from "./mutate";
import { caught, complaintKey, newFindings, notCheckable } from "./mutation-score";

/** The share of sampled copies the engine must catch on every corpus workbook; raise it as the engine improves. */
export const MUTATION_FLOOR = 0.98;

/** Copies checked per workbook: the whole corpus run stays within about a minute on the shared machine. */
const MUTATIONS_PER_WORKBOOK = 250;

const TABLE: WorkbookSnapshot["sheets"][number] = {
  name: "支出表",
  values: [
    ["2025年部门支出预算总表"],
    ["编制部门：某部门", null, null, null, "单位：元"],
    ["类", "款", "项", "科目名称", "合计"],
    ["201", null, null, "一般公共服务支出", 3000],
    ["201", "03", "01", "行政运行", 1000],
    ["201", "03", "02", "一般行政管理事务", 2000],
    ["合计", null, null, null, 3000],
  ],
  numberFormats: [[], [], [], [null, null, null, null, "#,##0.00"], [null, null, null, null, "#,##0.00"]],
};
const WAN: WorkbookSnapshot["sheets"][number] = {
  name: "三公",
  values: [["“三公”经费预算表"], ["单位:万元"], ["合计", "公务接待费"], [1.5, 1.5]],
};
const TEXT: WorkbookSnapshot["sheets"][number] = {
  name: "编制说明",
  values: [["编制说明"], [], ["收入预算9,101.68万元，占 83.91%；政府采购34万元。"]],
};
const SMALL: WorkbookSnapshot = { name: "small.xlsx", sheets: [TABLE, WAN, TEXT] };

describe("the mutation generator", () => {
  const all = mutations(SMALL);
  const at = (sheet: string, cell: string) => all.filter((m) => m.sheet === sheet && m.cell === cell);

  test("targets every number cell of every sheet, by the sheet's unit", () => {
    const numbers = all.filter((m) => m.category === "amount");
    expect(numbers.map((m) => `${m.sheet}!${m.cell}`)).toEqual([
      "支出表!E4",
      "支出表!E5",
      "支出表!E6",
      "支出表!E7",
      "三公!A4",
      "三公!B4",
    ]);
    expect(at("支出表", "E5")[0]!.after).toBe(1100); // +100 元
    expect(at("三公", "A4")[0]!.after).toBe(2.5); // +1.00 万元
  });

  test("shifts each figure of the text as printed: same decimals and commas, a percentage by 1 point", () => {
    const texts = at("编制说明", "A3").map((m) => m.after);
    expect(texts).toEqual([
      "收入预算9,102.68万元，占 83.91%；政府采购34万元。",
      "收入预算9,101.68万元，占 84.91%；政府采购34万元。",
      "收入预算9,101.68万元，占 83.91%；政府采购35万元。",
    ]);
  });

  test("turns a 项 code's last digit to one no other 项 of the sheet has, and a name to another of its level", () => {
    expect(at("支出表", "C5").map((m) => m.after)).toEqual(["03"]); // 02 exists: skipped
    expect(at("支出表", "C6").map((m) => m.after)).toEqual(["03"]);
    expect(at("支出表", "D5").map((m) => m.after)).toEqual(["一般行政管理事务"]);
    expect(at("支出表", "D4")).toEqual([]); // the only 类: no other name of its level
  });

  test("applies one change and leaves the rest as it was", () => {
    const m = at("支出表", "E5")[0]!;
    const copy = applyMutation(SMALL, m);
    expect(copy.sheets[0]!.values[4]![4]).toBe(1100);
    expect(copy.sheets[0]!.values[5]).toEqual(TABLE.values[5]);
    expect(SMALL.sheets[0]!.values[4]![4]).toBe(1000);
  });

  test("samples the same copies every time, from every category, within the budget", () => {
    const many = mutations(SMALL);
    const picked = sample(many, 6);
    expect(picked).toEqual(sample(many, 6));
    expect(new Set(picked.map((m) => m.category))).toEqual(new Set(many.map((m) => m.category)));
    expect(picked.length).toBeLessThanOrEqual(8);
  });

  test("names a figure the engine says it cannot check, by the engine's own note, and no other", () => {
    const text: WorkbookSnapshot["sheets"][number] = {
      name: "其他相关情况说明",
      values: [
        ["其他相关情况说明"],
        ["购置单价100万元（含）以上设备0台，支出预算9,101.68万元，比2024年预算减少2,389.52万元。"],
      ],
    };
    const workbook: WorkbookSnapshot = { name: "text.xlsx", sheets: [text] };
    const baseline = checkWorkbook(workbook).findings;
    const reasons = mutations(workbook).map((m) => [m.figure, notCheckable(m, baseline)]);
    expect(reasons).toEqual([
      ["100", "a threshold"],
      ["9,101.68", undefined],
      ["2,389.52", "no last-year figure"],
    ]);
  });

  test("controls: amounts as displayed text, sheets reversed, codes as numbers", () => {
    expect(amountsAsText(SMALL).sheets[0]!.values[4]![4]).toBe("1,000.00");
    expect(sheetsReordered(SMALL).sheets.map((s) => s.name)).toEqual(["编制说明", "三公", "支出表"]);
    const codes = codesAsNumbers(SMALL).sheets[0]!.values[4];
    expect(codes).toEqual([201, 3, 1, "行政运行", 1000]);
  });
});

interface Outcome {
  readonly mutation: Mutation;
  readonly caught: boolean;
  /** For an uncaught figure the engine says it cannot check: its reason ("a threshold"). */
  readonly notCheckable?: string;
}

/** What the report lists per workbook: the score and the uncaught cells by category and sheet. */
function describeOutcomes(name: string, outcomes: readonly Outcome[]): string {
  const caughtCount = outcomes.filter((o) => o.caught).length;
  const byCategory = new Map<string, [number, number]>();
  for (const o of outcomes) {
    const [hit, total] = byCategory.get(o.mutation.category) ?? [0, 0];
    byCategory.set(o.mutation.category, [hit + (o.caught ? 1 : 0), total + 1]);
  }
  const perCategory = [...byCategory].map(([category, [hit, total]]) => `${category} ${hit}/${total}`).join(", ");
  const lines = [`${name}: mutation score ${caughtCount}/${outcomes.length} (${perCategory})`];
  const unexplained = outcomes.filter((o) => !o.caught && o.notCheckable === undefined).length;
  lines.push(`  caught or said not checkable: ${outcomes.length - unexplained}/${outcomes.length}`);
  const groups = new Map<string, string[]>();
  for (const o of outcomes.filter((x) => !x.caught)) {
    const why = o.notCheckable === undefined ? "uncaught" : `not checkable: ${o.notCheckable}`;
    const key = `${why} · ${o.mutation.category} · ${o.mutation.sheet}`;
    groups.set(key, [...(groups.get(key) ?? []), `${o.mutation.cell} (${o.mutation.change})`]);
  }
  for (const [key, cells] of groups) lines.push(`  ${key}: ${cells.length} — ${cells.join("; ")}`);
  return lines.join("\n");
}

/** The original file written back by ExcelJS and read again: a resave must change nothing. */
async function resaved(name: CorpusWorkbook): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(corpusFile(name));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const outcome = await readWorkbookBuffer(bytes, `${name}.xlsx`);
  if (!outcome.ok) throw new Error(`${name}: the resaved copy is unreadable (${outcome.problem.kind})`);
  return outcome.snapshot;
}

describeWithCorpus(() => {
  describe.each(CORPUS_WORKBOOKS.map((name) => [name]))("%s", (name: CorpusWorkbook) => {
    let original: WorkbookSnapshot;
    let baseline: readonly Finding[];
    beforeAll(async () => {
      original = await loadCorpusWorkbook(name);
      baseline = checkWorkbook(original).findings;
    });

    test.each([
      ["amounts stored as text", (w: WorkbookSnapshot) => Promise.resolve(amountsAsText(w))],
      ["sheets reordered", (w: WorkbookSnapshot) => Promise.resolve(sheetsReordered(w))],
      ["codes stored as numbers", (w: WorkbookSnapshot) => Promise.resolve(codesAsNumbers(w))],
      ["resaved", () => resaved(name)],
    ])("control (%s) gives no new error or warning", async (_label, control) => {
      const copy = await control(original);
      const fresh = newFindings(baseline, checkWorkbook(copy).findings);
      expect(
        fresh.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.expected ?? ""} ${f.actual ?? ""}`),
      ).toEqual([]);
    });

    test(`catches at least ${MUTATION_FLOOR * 100}% of its one-change copies`, () => {
      const picked = sample(mutations(original), MUTATIONS_PER_WORKBOOK);
      const outcomes: Outcome[] = picked.map((mutation) => {
        const hit = caught(
          mutation,
          newFindings(baseline, checkWorkbook(applyMutation(original, mutation)).findings, complaintKey),
        );
        const why = hit ? undefined : notCheckable(mutation, baseline);
        return { mutation, caught: hit, ...(why !== undefined && { notCheckable: why }) };
      });
      console.log(describeOutcomes(name, outcomes));
      const score = outcomes.filter((o) => o.caught).length / outcomes.length;
      expect(score).toBeGreaterThanOrEqual(MUTATION_FLOOR);
    }, 120_000);

    test("every figure of the text is caught, or is one the engine's notes say it cannot check", () => {
      // All of them, not a sample: the text has few figures, and each must be checked or said to be uncheckable.
      const silent = mutations(original)
        .filter((m) => m.category === "narrative-amount" || m.category === "narrative-percent")
        .filter(
          (m) =>
            !caught(m, newFindings(baseline, checkWorkbook(applyMutation(original, m)).findings, complaintKey)) &&
            notCheckable(m, baseline) === undefined,
        );
      expect(silent.map((m) => `${m.sheet}!${m.cell} ${m.change}`)).toEqual([]);
    }, 120_000);
  });
});
