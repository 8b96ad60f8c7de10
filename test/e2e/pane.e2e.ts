/**
 * The browser mode end to end: dist/ (built by `npm run build`) served on 127.0.0.1, Debian's headless Chromium,
 * office.js answered from node_modules, every other request blocked and recorded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { Report } from "../../src/core/findings";
import { messageFor } from "../../src/core/messages";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkSnapshot } from "../../src/taskpane/source/check-snapshot";
import { openPane, ROOT, startPane, type StartedPane } from "./harness";

const SAMPLE = path.join(ROOT, "samples", "fengquan-2024.xlsx");
const SCREENSHOT = path.join(ROOT, "test-results", "pane.png");
const XSS = "<img src=x onerror=alert(1)>";

/**
 * office.js, outside Office, opens a telemetry frame on a Microsoft host; the page's CSP refuses it and Chromium
 * logs that refusal as an error. It is the CSP doing its job, not a fault of the page: recorded, not counted.
 */
const OFFICE_TELEMETRY_REFUSED =
  /^Framing 'https:\/\/[a-z.]*(oaspapps|microsoft|office)\.com\/' violates the following Content Security Policy directive: "frame-src/;

let pane: StartedPane;
let page: Page;
let blocked: string[];
const consoleErrors: string[] = [];
const refusedByCsp: string[] = [];
const dialogs: string[] = [];
let expected: Report;
/** The sentences the pane lists, by finding: the report's, with amounts as the pane's boxes show them. */
let sentences: string[];
let englishSentences: string[];

/**
 * The engine run in this process on the sample, exactly as the pane and the command line run it: the report, and
 * each finding's sentence with amounts as the pane shows them ("−20.00", "1,261.66").
 */
async function engineReport(): Promise<{ report: Report; sentences: (language: "zh" | "en") => string[] }> {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(`cannot read ${SAMPLE}: ${read.problem.kind}`);
  const checked = checkSnapshot(read.snapshot);
  return {
    report: checked.report("zh"),
    sentences: (language) => checked.input.findings.map((finding) => messageFor(finding, language, "display")),
  };
}

/** The first finding whose difference is negative: its sentence and boxes show the true minus. */
function negativeIndex(): number {
  const index = expected.findings.findIndex((f) => f.difference?.startsWith("-"));
  if (index < 0) throw new Error("the sample has no finding with a negative difference");
  return index;
}

/** Text as the narrative reader compares it: full-width ASCII made half-width, spaces dropped. */
function comparable(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
}

/** Scrolls to the end until every window of rows is mounted (the list renders in windows as the user scrolls). */
async function renderWholeList(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await page.getByRole("button", { name: /^再显示/ }).count()) === 0) return;
    await page.evaluate(() => document.querySelector("main")?.scrollTo(0, 1e9));
    await page.waitForTimeout(50);
  }
  throw new Error("the list never finished rendering its windows");
}

beforeAll(async () => {
  const engine = await engineReport();
  expected = engine.report;
  sentences = engine.sentences("zh");
  englishSentences = engine.sentences("en");
  pane = await startPane();
  ({ page, blocked } = await openPane(pane, {
    // The first test times the first report itself.
    report: false,
    onPage: (opened) => {
      opened.on("console", (message) => {
        if (message.type() !== "error") return;
        if (OFFICE_TELEMETRY_REFUSED.test(message.text())) refusedByCsp.push(message.text());
        else consoleErrors.push(message.text());
      });
      opened.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
      opened.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  }));
});

afterAll(async () => {
  await pane?.close();
});

describe("browser mode", () => {
  it("loads the page and checks the bundled sample", async () => {
    await page.locator("[data-finding]").first().waitFor({ timeout: 30_000 });
    await expect(page.locator("h1").textContent()).resolves.toBe("预算校验");
    await expect(page.getByText("工作簿：fengquan-2024.xlsx（内置示例）").count()).resolves.toBe(1);
  });

  it("lists exactly the findings the engine gives for the sample, with the same sentences (amounts as on screen)", async () => {
    expect(expected.findings.length).toBeGreaterThan(0);
    for (const severity of ["error", "warning", "info"] as const) {
      const label = { error: "错误", warning: "警告", info: "提示" }[severity];
      const toggle = page.getByRole("button", { name: new RegExp(`^${label} \\d+ 条`) });
      await expect(toggle.locator("span").last().textContent()).resolves.toBe(String(expected.summary[severity]));
    }
    await renderWholeList();
    const shown = await page
      .locator("[data-finding]")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ index: Number(node.getAttribute("data-finding")), text: node.textContent ?? "" })),
      );
    expect(shown).toHaveLength(expected.findings.length);
    const byIndex = new Map(shown.map((s) => [s.index, s.text]));
    expected.findings.forEach((finding, index) => {
      const text = byIndex.get(index) ?? "";
      // A narrative quote is shown as the cell writes it (full-width brackets, no added spaces): compared as the
      // reader compares text.
      expect(comparable(text)).toContain(comparable(sentences[index]!));
      expect(text).toContain(finding.cell);
    });
  });

  it("writes a negative amount one way in the sentence and in the boxes: grouped, with the true minus", async () => {
    const index = negativeIndex();
    // 部门支出预算表 F7 prints 0.00 over items adding up to 1261.65 (the sample's own figures).
    expect(expected.findings[index]).toMatchObject({ sheet: "部门支出预算表", cell: "F7", difference: "-1261.65" });
    expect(expected.findings[index]!.message).toContain("相差 -1261.65");
    const text = (await page.locator(`[data-finding="${index}"]`).textContent()) ?? "";
    expect(text).toContain("之和 1,261.65，相差 \u22121,261.65");
    expect(text).toContain("应为1,261.65");
    expect(text).toContain("差额\u22121,261.65");
    expect(text).not.toContain("1261.65");
  });

  it("shows a finding's cell in a preview of its sheet when clicked", async () => {
    const index = Math.max(
      0,
      expected.findings.findIndex((f) => f.actual !== undefined),
    );
    const finding = expected.findings[index]!;
    await page.locator(`[data-finding="${index}"]`).click();
    const preview = page.getByTestId("cell-preview");
    await preview.waitFor();
    await expect(preview.locator("caption").textContent()).resolves.toBe(
      `${finding.sheet}!${finding.cell} 附近的单元格`,
    );
    const target = preview.locator('td[aria-current="location"]');
    await expect(target.getAttribute("data-address")).resolves.toBe(finding.cell);
    await expect(page.locator(`[data-finding="${index}"]`).getAttribute("aria-current")).resolves.toBe("true");
  });

  it("moves between findings with the arrow keys and opens one with Enter", async () => {
    const first = page.locator("[data-finding]").first();
    await first.focus();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute("data-finding") ?? document.activeElement?.tagName,
    );
    expect(focused).not.toBe(await first.getAttribute("data-finding"));
    await page.keyboard.press("Enter");
    await page.getByTestId("cell-preview").waitFor();
  });

  it("renders cell text and sheet names as text, never as markup", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(XSS);
    sheet.getCell("A1").value = XSS;
    sheet.getCell("B2").value = XSS;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByTestId("file-input").setInputFiles({
      name: "xss.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await page.getByText("工作簿：xss.xlsx").waitFor();
    await page.locator("[data-finding]").first().click();
    await page.getByTestId("cell-preview").waitFor();
    await expect(page.locator('td[data-address="A1"]').textContent()).resolves.toBe(XSS);
    await expect(page.getByText(XSS, { exact: false }).count()).resolves.toBeGreaterThan(0);
    // No element was made from the text, and nothing ran.
    await expect(page.locator("main img, header img").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("goes back to the sample, then saves a screenshot of the pane with a negative amount", async () => {
    await page.getByRole("button", { name: "示例工作簿" }).click();
    await page.getByText("工作簿：fengquan-2024.xlsx（内置示例）").waitFor();
    const item = page.locator(`[data-finding="${negativeIndex()}"]`);
    await item.click();
    await page.getByTestId("cell-preview").waitFor();
    await item.evaluate((node) => node.scrollIntoView({ block: "start" }));
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it("switches to English and back: labels and the findings' sentences follow", async () => {
    await page.getByRole("button", { name: "设置" }).click();
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Check again", exact: true }).waitFor();
    const first = page.locator('[data-finding="0"]');
    await expect(first.textContent().then((t) => comparable(t ?? ""))).resolves.toContain(
      comparable(englishSentences[0]!),
    );
    await page.getByRole("radio", { name: "中文" }).check();
    await page.getByRole("button", { name: "收起设置" }).click();
    await expect(first.textContent().then((t) => comparable(t ?? ""))).resolves.toContain(comparable(sentences[0]!));
  });

  it("logged no console error and sent no request beyond 127.0.0.1", async () => {
    // office.js's telemetry starts about 5 s after load: wait so a request it makes is caught here.
    await page.waitForTimeout(6_000);
    expect(consoleErrors).toEqual([]);
    // Every request that was not to 127.0.0.1 was aborted in the browser; the page itself asks for none.
    const fromThePage = blocked.filter((url) => !/^https:\/\/[a-z.]*(oaspapps|microsoft|office)\.com\//.test(url));
    expect(fromThePage).toEqual([]);
    if (blocked.length > 0 || refusedByCsp.length > 0) {
      process.stdout.write(
        `office.js attempts refused (CSP) or blocked: ${JSON.stringify({ blocked, refusedByCsp })}\n`,
      );
    }
  });
});
