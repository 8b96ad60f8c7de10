/**
 * The narrative rules on the four real 2025 普陀区 budgets (../shared/corpus, read in place; skipped where it is absent,
 * a failure under CI=true). Each finding below was checked against the document's source.pdf:
 * - every 类/款/项 item, every total (收入预算, 财政拨款收入, 事业收入 …, 支出预算, the fund totals, 三公, 机关运行经费)
 *   agrees with its table: no narrative error at all;
 * - pt-commerce-2025-dept, 生命健康专项（政策资金）经费情况说明 A10 "…按程序落实专项资金拨付" ends without 。 in the
 *   PDF too (the two sibling project texts end with 。): the one warning.
 * Then every figure the narrative ties is moved by 1 in its last whole digit: each copy gives a new narrative error at
 * that paragraph — except change amounts ("比2024年预算减少2,389.52万元": no table states last year) and figures no
 * table states (政府采购, 绩效目标, 单价).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { readWorkbookFile } from "../../../src/host/xlsx/read-workbook";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus");
const present = fs.existsSync(CORPUS);
if (!present && process.env.CI === "true") throw new Error(`corpus missing at ${CORPUS} (CI always has it)`);

const WARNINGS: Readonly<Record<string, readonly (readonly [string, string, string])[]>> = {
  "pt-commerce-2025-dept": [["narrative.punctuation", "生命健康专项（政策资金）经费情况说明", "A10"]],
  "pt-commerce-2025-unit": [],
  "pt-gov-office-2025-dept": [],
  "pt-gov-office-2025-unit": [],
};

const ours = (f: Finding) => f.rule.startsWith("narrative.") || f.rule.startsWith("body.");
/** Paragraphs whose figures no table states. */
const UNTIED_TOPICS = /政府采购|绩效目标|单价|车辆|专项资金|项目总预算|支持/;
const FIGURE = /(\d[\d,]*(?:\.\d+)?)万元/g;
const CHANGE_BEFORE = /(增加|减少|持平|一致)$/;

async function load(name: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookFile(path.join(CORPUS, name, `${name}.xlsx`));
  if (!read.ok) throw new Error(`${name}: ${read.problem.kind}`);
  return read.snapshot;
}

(present ? describe : describe.skip).each(Object.keys(WARNINGS))("narrative of %s", (name) => {
  let snapshot: WorkbookSnapshot;
  let findings: Finding[];
  beforeAll(async () => {
    snapshot = await load(name);
    findings = checkWorkbook(snapshot).findings.filter(ours);
  });

  test("no narrative error; exactly the warnings checked against the PDF", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.severity === "warning").map((f) => [f.rule, f.sheet, f.cell])).toEqual(
      WARNINGS[name],
    );
  });

  test("every 类/款/项 item resolves to its row", () => {
    expect(findings.filter((f) => "line" in f.params)).toEqual([]);
  });

  test("every tied figure moved by 1 gives a new narrative error at its paragraph", () => {
    const missed: string[] = [];
    let tried = 0;
    for (const sheet of snapshot.sheets) {
      if (!/编制说明|其他相关情况说明/.test(sheet.name)) continue;
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string" || UNTIED_TOPICS.test(value)) return;
          for (const m of value.matchAll(FIGURE)) {
            if (CHANGE_BEFORE.test(value.slice(0, m.index))) continue;
            const digits = m[1]!;
            const plain = digits.replace(/,/g, "");
            const places = plain.includes(".") ? plain.split(".")[1]!.length : 0;
            const moved = (Number(plain) + 1).toFixed(places);
            const copy = structuredClone(snapshot);
            const cells = copy.sheets.find((s) => s.name === sheet.name)!.values[r] as CellValue[];
            cells[c] = value.slice(0, m.index) + moved + value.slice(m.index + digits.length);
            tried += 1;
            const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
            const caught = checkWorkbook(copy).findings.some(
              (f) => ours(f) && f.severity === "error" && f.sheet === sheet.name && f.cell === cell,
            );
            if (!caught) missed.push(`${sheet.name}!${cell} ${digits}`);
          }
        }),
      );
    }
    expect(tried).toBeGreaterThanOrEqual(25);
    expect(missed).toEqual([]);
  });
});

if (!present) test.skip("corpus absent: ../shared/corpus (skipped)", () => undefined);
