/**
 * The pane as an accountant reads it (issue #11), in headless Chromium on the built add-in: errors first, the count
 * cards as filters, the report files downloaded in browser mode, the English pane free of Chinese outside workbook
 * content, and the pane at task-pane width (350 px) without horizontal scrolling. Screenshots at 350 px and
 * 1280 px of the sample and of a real corpus workbook go to test-results/ (not committed) to be looked at.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { Report } from "../../src/core/findings";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkSnapshot } from "../../src/taskpane/source/check-snapshot";
import { openPane, ROOT, startPane, type StartedPane } from "./harness";

const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
/** A real 2025 budget from the shared corpus, when the shared folder is present. */
const CORPUS = path.join(ROOT, "..", "shared", "corpus", "pt-commerce-2025-dept", "pt-commerce-2025-dept.xlsx");
const RESULTS = path.join(ROOT, "test-results");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let pane: StartedPane;
let page: Page;
const consoleErrors: string[] = [];

async function engineReport(file: string, language: "zh" | "en"): Promise<Report> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.problem.kind}`);
  return checkSnapshot(read.snapshot).report(language);
}

async function openWorkbook(file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({
    name: path.basename(file),
    mimeType: XLSX_TYPE,
    buffer: fs.readFileSync(file),
  });
  await page.locator("header").getByText(path.basename(file)).waitFor();
  await page.locator("[data-finding]").first().waitFor();
}

async function shownSeverities(): Promise<string[]> {
  return page.locator("[data-finding]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-severity") ?? ""));
}

/** Text nodes with a CJK character that no element marked as workbook content (data-content) holds. */
async function unmarkedCjk(): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [data-content]")) continue;
      if (cjk.test(node.textContent ?? "")) found.push(node.textContent ?? "");
    }
    return found;
  });
}

/** How a button is drawn: its border and background, to tell a button from plain text. */
async function buttonLook(name: string): Promise<{ border: string; color: string; background: string }> {
  return page.getByRole("button", { name, exact: true }).evaluate((node) => {
    const style = getComputedStyle(node);
    return {
      border: `${style.borderTopWidth} ${style.borderTopStyle}`,
      color: style.borderTopColor,
      background: style.backgroundColor,
    };
  });
}

async function noHorizontalScroll(): Promise<{ page: number; main: number; width: number }> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: main.scrollWidth - main.clientWidth,
      width: document.documentElement.clientWidth,
    };
  });
}

async function screenshot(name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => document.querySelector("main")?.scrollTo(0, 0));
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

beforeAll(async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  pane = await startPane();
  ({ page } = await openPane(pane, {
    width: 350,
    acceptDownloads: true,
    onPage: (opened) => opened.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`)),
  }));
});

afterAll(async () => {
  await pane?.close();
});

describe("the pane as the accountant reads it", () => {
  it("opens on an error: errors, then warnings, then notes", async () => {
    const expected = await engineReport(SAMPLE, "zh");
    expect(expected.summary.error).toBeGreaterThan(0);
    const severities = await shownSeverities();
    expect(severities[0]).toBe("error");
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const ranks = severities.map((s) => rank[s]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The first finding shown is the error on the first sheet (workbook order), on its top-most cell.
    const first = Number(await page.locator("[data-finding]").first().getAttribute("data-finding"));
    const errors = expected.findings.filter((f) => f.severity === "error");
    expect(expected.findings[first]?.sheet).toBe(errors[0]?.sheet);
  });

  it("a count card shows only its severity and says so; a second click shows all again", async () => {
    const expected = await engineReport(SAMPLE, "zh");
    const card = page.locator('section button[data-severity="error"]');
    await card.click();
    await expect(card.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.getByTestId("filter-status").textContent()).resolves.toContain(
      `只显示错误（${expected.summary.error} 条）`,
    );
    const onlyErrors = await shownSeverities();
    expect(new Set(onlyErrors)).toEqual(new Set(["error"]));
    await card.click();
    await expect(card.getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(page.getByTestId("filter-status").textContent()).resolves.not.toContain("只显示");
    expect(new Set(await shownSeverities())).toEqual(new Set(["error", "warning", "info"]));
  });

  it("groups by sheet on one click and back", async () => {
    await page.getByRole("button", { name: "按表分组" }).click();
    await expect(page.locator("main li button[aria-expanded]").count()).resolves.toBeGreaterThan(1);
    await page.getByRole("button", { name: "按级别排列" }).click();
    await expect(page.locator("main li button[aria-expanded]").count()).resolves.toBe(0);
  });

  it("names the sides in the reader's words: a narrative figure is 文中为, with no 应为 where nothing ties it", async () => {
    const expected = await engineReport(SAMPLE, "zh");
    const index = expected.findings.findIndex((f) => f.rule === "narrative.amount");
    expect(index).toBeGreaterThanOrEqual(0);
    const text = await page.locator(`[data-finding="${index}"]`).textContent();
    expect(text).toContain("文中为");
    expect(text).toContain("表中为");
    const sum = expected.findings.findIndex((f) => f.rule === "sum.total");
    const sumText = await page.locator(`[data-finding="${sum}"]`).textContent();
    expect(sumText).toContain("应为");
    expect(sumText).not.toContain("文中为");
    // A figure of the text that no table holds has no side it should be: no "应为 —", only what the text says.
    const untied = expected.findings.findIndex((f) => f.rule === "narrative.untied");
    expect(expected.findings[untied]?.expected).toBeUndefined();
    const untiedText = await page.locator(`[data-finding="${untied}"]`).textContent();
    expect(untiedText).toContain("文中为");
    expect(untiedText).not.toContain("应为");
    expect(untiedText).not.toContain("—");
  });

  it("downloads the command line's report workbook and JSON", async () => {
    const expected = await engineReport(SAMPLE, "zh");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载报告（.xlsx）" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("fengquan-2024.budget-check.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单"]);
    // The summary names the body on its 编制部门 line and the year, as the command line's does (issue 10).
    const summary = (workbook.getWorksheet("汇总")!.getRow(2).values as unknown[]).slice(1, 6);
    const { error, warning, info } = expected.summary;
    expect(summary).toEqual(["fengquan-2024.xlsx", "中共新乡市凤泉区委员会办公室", 2024, error, warning]);
    expect((workbook.getWorksheet("汇总")!.getRow(2).values as unknown[])[6]).toBe(info);
    const rows = workbook.getWorksheet("问题清单")!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => [row[2], (row[3] as { text: string }).text, row[5], row[6]])).toEqual(
      expected.findings.map((f) => [f.sheet, f.cell, f.rule, f.message]),
    );

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe("fengquan-2024.budget-check.json");
    expect(JSON.parse(fs.readFileSync((await json.path())!, "utf8"))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("has no horizontal scroll at 350 px and saves screenshots of the sample at 350 px and 1280 px", async () => {
    await page.setViewportSize({ width: 350, height: 900 });
    expect(await noHorizontalScroll()).toEqual({ page: 0, main: 0, width: 350 });
    // 设置 is drawn as the buttons beside it (a border, a filled face), not as plain text (issue 8).
    const look = await buttonLook("设置");
    expect(look.border).toBe("1px solid");
    expect(look).toEqual(await buttonLook("重新校验"));
    await screenshot("pane-sample-350.png", 350);
    await screenshot("pane-sample-1280.png", 1280);
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it("in English shows no Chinese outside workbook content", async () => {
    await page.getByRole("button", { name: "设置" }).click();
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Hide settings" }).click();
    await page.getByRole("button", { name: "Check again", exact: true }).waitFor();
    expect(await unmarkedCjk()).toEqual([]);
    // Workbook content stays as it is: Chinese sheet names and quotes are there, marked.
    await expect(page.locator("[data-content]").count()).resolves.toBeGreaterThan(10);
    await page.getByRole("button", { name: "Settings" }).click();
    expect(await unmarkedCjk()).toEqual([]);
    await page.getByRole("button", { name: "Hide settings" }).click();
    await page.getByRole("button", { name: "Group by sheet" }).click();
    expect(await unmarkedCjk()).toEqual([]);
    await page.getByRole("button", { name: "Order by severity" }).click();
    expect(await buttonLook("Settings")).toEqual(await buttonLook("Check again"));
    await screenshot("pane-sample-en-350.png", 350);
  });

  (fs.existsSync(CORPUS) ? it : it.skip)(
    "a real corpus workbook: errors first, no horizontal scroll, screenshots",
    async () => {
      await openWorkbook(CORPUS);
      const expected = await engineReport(CORPUS, "en");
      expect((await shownSeverities())[0]).toBe(expected.summary.error > 0 ? "error" : expected.findings[0]?.severity);
      expect(await unmarkedCjk()).toEqual([]);
      expect(await noHorizontalScroll()).toEqual({ page: 0, main: 0, width: 350 });
      await screenshot("pane-corpus-en-350.png", 350);
      await page.getByRole("button", { name: "Settings" }).click();
      await page.getByRole("radio", { name: "中文" }).check();
      await page.getByRole("button", { name: "收起设置" }).click();
      await screenshot("pane-corpus-350.png", 350);
      await screenshot("pane-corpus-1280.png", 1280);
    },
  );

  // The reader refuses cells past Excel's own 32,767 characters (cell-chars limit, #8): the longest cell Excel can
  // hold is what the pane must lay out; a longer one is the reader's one-line refusal.
  it("a cell of 32,000 characters: the finding is cut, the page stays responsive, the whole text on demand", async () => {
    await page.setViewportSize({ width: 350, height: 900 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const long = "1" + "x".repeat(32_000);
    workbook.getWorksheet("部门支出预算表")!.getCell("F10").value = long;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByTestId("file-input").setInputFiles({ name: "long.xlsx", mimeType: XLSX_TYPE, buffer });
    await page.locator("header").getByText("long.xlsx").waitFor({ timeout: 60_000 });
    const search = page.locator("section input[type=search]");
    await search.fill("部门支出预算表!F10");
    const item = page.locator("[data-finding]").filter({ hasText: "xxxxxxxxxx" }).first();
    await item.waitFor();
    // Cut for display: the list lays out a few hundred characters, not a million.
    expect((await item.textContent())!.length).toBeLessThan(1_000);
    const started = Date.now();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    expect(Date.now() - started).toBeLessThan(5_000);
    const more = page.getByRole("button", { name: /显示全文|Show all/ }).first();
    await more.click();
    const full = page.getByRole("textbox", { name: /全文|Full text/ }).first();
    await expect(full.inputValue().then((v) => v.length)).resolves.toBeGreaterThan(32_000);
    expect(await noHorizontalScroll()).toEqual({ page: 0, main: 0, width: 350 });
    await search.fill("");
  });

  it("a cell of 1,000,000 characters: the reader's sentence naming the limit and its flag", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    workbook.getWorksheet("部门支出预算表")!.getCell("F10").value = "1" + "x".repeat(1_000_000);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByTestId("file-input").setInputFiles({ name: "longer.xlsx", mimeType: XLSX_TYPE, buffer });
    await page
      .getByText(/--max-cell-chars/)
      .first()
      .waitFor({ timeout: 60_000 });
  });

  it("threw no uncaught error", () => {
    expect(consoleErrors).toEqual([]);
  });
});
