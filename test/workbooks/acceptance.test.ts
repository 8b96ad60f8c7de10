/**
 * Acceptance (issue 4): workbooks in the Shanghai (元, 9 tables, every 类/款/项 row) and national (万元, 8 tables)
 * layouts, built from ./department.ts — consistent ones give no error and no warning; each copy with one injected
 * error gives exactly the findings ./injected-errors.ts works out by hand. Files go through the real .xlsx reader.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings/finding";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";
import { injectedErrors, LAYOUTS, type ExpectedFinding, type InjectedError, type Layout } from "./injected-errors";
import { nationalWorkbook } from "./national";
import { shanghaiWorkbook } from "./shanghai";
import { patched, writeWorkbook, type WorkbookSpec } from "./sheet-spec";

// Writing and reading real .xlsx files on a shared 2-core machine can take longer than jest's default 5 s.
jest.setTimeout(30_000);

let dir: string;
beforeAll(async () => {
  dir =
    process.env.BUDGET_CHECK_KEEP_WORKBOOKS ?? (await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-acceptance-")));
  await fs.mkdir(dir, { recursive: true });
});
afterAll(async () => {
  if (!process.env.BUDGET_CHECK_KEEP_WORKBOOKS) await fs.rm(dir, { recursive: true, force: true });
});

async function check(spec: WorkbookSpec, name: string): Promise<readonly Finding[]> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeWorkbook(spec, file);
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`generated workbook unreadable: ${read.problem.kind}`);
  return checkWorkbook(read.snapshot).findings;
}

const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== "info");
const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  sheet: f.sheet,
  cell: f.cell,
  expected: f.expected,
  actual: f.actual,
});

describe.each(Object.keys(LAYOUTS) as Layout[])("%s layout, consistent", (layout) => {
  test("every table recognised, no error, no warning", async () => {
    const spec = LAYOUTS[layout]();
    const file = path.join(dir, `${layout}-consistent.xlsx`);
    await writeWorkbook(spec, file);
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problem.kind);
    const result = checkWorkbook(read.snapshot);
    expect(result.findings.filter((f) => f.rule === "table.unrecognised").map((f) => f.sheet)).toEqual([]);
    expect(result.tables.map((t) => t.sheet).sort()).toEqual(spec.map((s) => s.name).sort());
    expect(serious(result.findings).map(brief)).toEqual([]);
  });
});

/** Takes each expected finding out of the new ones; what is left over, or missing, fails the test. */
function match(found: readonly Finding[], expected: readonly ExpectedFinding[]) {
  const left = [...found];
  const missing: ExpectedFinding[] = [];
  for (const want of expected) {
    const i = left.findIndex(
      (f) =>
        f.rule === want.rule &&
        f.severity === want.severity &&
        f.sheet === want.sheet &&
        (want.cells.includes("*") || want.cells.includes(f.cell)),
    );
    if (i < 0) missing.push(want);
    else left.splice(i, 1);
  }
  return { missing, unexpected: left.map(brief) };
}

describe("one injected error → exactly its findings", () => {
  const baseline = new Map<Layout, readonly Finding[]>();
  const key = (f: Finding) => JSON.stringify(brief(f));

  async function expectExactly(injected: InjectedError): Promise<void> {
    if (!baseline.has(injected.layout))
      baseline.set(injected.layout, serious(await check(LAYOUTS[injected.layout](), `${injected.layout}-baseline`)));
    const before = new Set(baseline.get(injected.layout)!.map(key));
    const after = serious(await check(patched(LAYOUTS[injected.layout](), injected.patches), injected.id));
    const added = after.filter((f) => !before.has(key(f)));
    expect(match(added, injected.expected)).toEqual({ missing: [], unexpected: [] });
  }

  const all = injectedErrors();
  test.each(all.map((e) => [e.id, e] as const))("%s", (_id, injected) => expectExactly(injected));
});

describe("amounts stored as text give the same findings as numbers", () => {
  test.each(Object.keys(LAYOUTS) as Layout[])("%s", async (layout) => {
    const spec = LAYOUTS[layout]();
    const asText: WorkbookSpec = spec.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        row.map((v) => (typeof v === "number" ? (layout === "national" ? v.toFixed(2) : String(v)) : v)),
      ),
    }));
    const numbers = (await check(spec, `${layout}-numbers`)).map(brief);
    const texts = (await check(asText, `${layout}-text`)).map(brief);
    expect(texts.filter((f) => f.severity !== "info")).toEqual(numbers.filter((f) => f.severity !== "info"));
  });
});

/**
 * Layout variations seen in real disclosures: the same department, consistent, must still give no error and no
 * warning.
 */
describe("layout variations, consistent", () => {
  const variants: [string, () => WorkbookSpec][] = [
    ["Shanghai, class lines of 收支总表 without numbers", () => shanghaiWorkbook({ summaryClasses: "plain" })],
  ];
  test.each(variants)("%s", async (_name, make) => {
    expect(serious(await check(make(), "variant")).map(brief)).toEqual([]);
  });
});

// Tables that list only the classes they use often number them 一、二、三…: there the name names the class
// (二、社会保障和就业支出 = 208, not 202 外交), see recognise/class-codes.ts.
test("variation: national class lines numbered 一、二、三… over the listed classes only", async () => {
  expect(
    serious(await check(nationalWorkbook({ classNumbering: "sequential" }), "variant-sequential")).map(brief),
  ).toEqual([]);
});

// A 一、本年支出 heading followed by unnumbered class lines is read as a heading over them (summary-sides.ts), so
// 支出总计 adds the heading once.
test("variation: Shanghai 财政拨款收支预算总表 with class lines under a 一、本年支出 heading", async () => {
  expect(
    serious(await check(shanghaiWorkbook({ fiscalExpense: "under-heading" }), "variant-heading")).map(brief),
  ).toEqual([]);
});

// A 三公 table laid out one item per row (项目 | 预算数) is read as the 三公 structure (recognise/vertical-sangong.ts).
test("variation: Shanghai 三公 table one item per row", async () => {
  expect(serious(await check(shanghaiWorkbook({ sangong: "vertical" }), "variant-vertical")).map(brief)).toEqual([]);
});
