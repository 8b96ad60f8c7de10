/**
 * A 情况说明 for the test department (test/workbooks/department.ts) in the Shanghai layout (tables in whole 元) and
 * the national layout (万元 to 0.01), mixing 元 and 万元 in the text as real narratives do. Every figure below is worked out by hand from department.ts:
 *   total 9,659,000 元 = 965.90 万元; basic 5,473,700 (56.67% of the total: 5,473,700 / 9,659,000 = 56.669…%);
 *   project 4,185,300 (43.330…% → 43.33); 一般公共预算 9,159,000 = 915.90 万元;
 *   classes 201 7,753,700 (84.656…% of 9,159,000 → 84.66), 208 839,500 (9.165…% → 9.17), 210 198,600 (2.168…% →
 *   2.17), 221 367,200 (4.009…% → 4.01) — 100.01% in all, within 4 × 0.005;
 *   personnel 4,661,300 (85.158…% of basic → 85.16), public 812,400 (14.841…% → 14.84) = 机关运行经费;
 *   三公 90,000 = 9.00 万元 (reception 1.80, car 7.20 = purchase 0.00 + running 7.20); 9.00 after a decrease of
 *   1.00 means last year 10.00: 1.00 / 10.00 = 10.00%.
 * The tables go through the real .xlsx writer and reader.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { readWorkbookFile } from "../../../src/host/xlsx/read-workbook";
import { nationalWorkbook } from "../../workbooks/national";
import { shanghaiWorkbook } from "../../workbooks/shanghai";
import { writeWorkbook, type SheetSpec } from "../../workbooks/sheet-spec";

const PARAGRAPHS = [
  "2024年部门预算情况说明",
  "一、收入支出预算总体情况说明",
  "2024年收入总计 965.90 万元，支出总计 965.90 万元。",
  "三、支出预算总体情况说明",
  "2024年支出合计 9,659,000 元，其中：基本支出 5,473,700 元，占 56.67%；项目支出 4,185,300 元，占 43.33%。",
  "五、一般公共预算支出情况说明",
  "2024年一般公共预算支出年初预算为 915.90 万元，主要用于：一般公共服务(类)支出 775.37 万元，占 84.66%；社会保障和就业(类)支出 83.95 万元，占 9.17%；卫生健康(类)支出 19.86 万元，占 2.17%；住房保障(类)支出 36.72 万元，占 4.01%。",
  "六、一般公共预算基本支出情况说明",
  "2024年一般公共预算基本支出年初预算为 547.37 万元，其中：人员经费 466.13 万元，占 85.16%；公用经费 81.24 万元，占 14.84%。",
  "七、“三公”经费预算情况说明",
  "2024年“三公”经费预算为 9.00 万元，比上年减少 1.00 万元，下降 10.00%。其中：因公出国（境）费 0.00 万元；公务接待费 1.80 万元；公务用车购置及运行费 7.20 万元，其中：公务用车购置费 0.00 万元，公务用车运行维护费 7.20 万元。",
  "八、其他重要事项的情况说明",
  "（一）机关运行经费",
  "2024年机关运行经费预算 812,400 元。",
];

function narrativeSheet(paragraphs: readonly string[]): SheetSpec {
  return { name: "情况说明", rows: paragraphs.map((p) => [p]), merges: [], amountFormat: "General" };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-narrative-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const LAYOUTS = { shanghai: shanghaiWorkbook, national: nationalWorkbook } as const;

async function narrativeFindings(
  layout: keyof typeof LAYOUTS,
  paragraphs: readonly string[],
  name: string,
): Promise<Finding[]> {
  const file = path.join(dir, `${layout}-${name}.xlsx`);
  await writeWorkbook([...LAYOUTS[layout](), narrativeSheet(paragraphs)], file);
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.problem.kind);
  return checkWorkbook(read.snapshot).findings.filter((f) => f.rule.startsWith("narrative."));
}

const brief = (f: Finding) => [f.rule, f.severity, f.cell, f.expected, f.actual, f.difference];

describe.each(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[])("narrative of the %s-layout department", (layout) => {
  test("a consistent narrative gives no finding at all", async () => {
    expect((await narrativeFindings(layout, PARAGRAPHS, "consistent")).map(brief)).toEqual([]);
  });

  const replace = (row: number, from: string, to: string): string[] =>
    PARAGRAPHS.map((p, i) => (i === row ? p.replace(from, to) : p));

  test.each([
    [
      "a 元 figure off by 36,000",
      replace(4, "5,473,700 元", "5,437,700 元"),
      [["narrative.amount", "error", "A5", "5473700", "5437700", "-36000"]],
    ],
    [
      "a 万元 figure against 元 tables",
      replace(2, "收入总计 965.90", "收入总计 965.99"),
      [["narrative.amount", "error", "A3", "965.90", "965.99", "0.09"]],
    ],
    [
      "a share one off in the last digit",
      replace(4, "占 56.67%", "占 56.68%"),
      [["narrative.share", "warning", "A5", "56.67", "56.68", "0.01"]],
    ],
    [
      "a rate divided by this year",
      replace(10, "下降 10.00%", "下降 11.11%"),
      [["narrative.yoy", "error", "A11", "10.00", "11.11", "1.11"]],
    ],
    [
      "增加（减少） left in",
      replace(10, "比上年减少 1.00 万元，下降 10.00%", "比上年增加（减少）1.00 万元"),
      [["narrative.placeholder", "error", "A11", undefined, undefined, undefined]],
    ],
    [
      "a class figure of another class",
      replace(6, "住房保障(类)支出 36.72", "住房保障(类)支出 19.86"),
      [["narrative.amount", "error", "A7", "36.72", "19.86", "-16.86"]],
    ],
  ])("%s → exactly its finding", async (_case, paragraphs, expected) => {
    expect((await narrativeFindings(layout, paragraphs, _case.replace(/\W+/g, "-"))).map(brief)).toEqual(expected);
  });
});
