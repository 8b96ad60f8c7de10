/**
 * Browser mode reads and checks a workbook in a worker (issue #9): while a large generated workbook is being read the page still
 * handles a click, and the cancel button stops the read (the worker is terminated) and leaves the pane as it was.
 */
import * as path from "node:path";
import type { Page } from "playwright-core";
import { openPane, ROOT, startPane, type StartedPane } from "./harness";

const { minimalWorkbook, workbookParts, sheetXml } = require(path.join(ROOT, "scripts", "make-bad-inputs.js")) as {
  minimalWorkbook(parts: Record<string, string>): Uint8Array;
  workbookParts(sheets: Record<string, string>, extra?: Record<string, string>): Record<string, string>;
  sheetXml(rows: string, after?: string): string;
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BIG_NAME = "大表.xlsx";

/** 200,000 rows × 8 numbers (1.6 million cells, under the default limits): seconds of reading. */
function bigWorkbook(): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= 200_000; r += 1) {
    let cells = "";
    for (let k = 0; k < 8; k += 1)
      cells += `<c r="${"ABCDEFGH"[k]}${r}"><v>${((r * 7919 + k * 104729) % 100000) / 100}</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  return Buffer.from(minimalWorkbook(workbookParts({ 表: sheetXml(rows.join("")) })));
}

let pane: StartedPane;
let page: Page;
const workers: string[] = [];

beforeAll(async () => {
  pane = await startPane();
  ({ page } = await openPane(pane, {
    width: 350,
    onPage: (opened) => opened.on("worker", (worker) => workers.push(worker.url())),
  }));
});

afterAll(async () => {
  await pane?.close();
});

describe("browser mode reads in a worker", () => {
  it("handles a click while a large workbook is read, and cancel stops the read", async () => {
    const workbookBefore = await page.locator("header").textContent();
    await page.getByTestId("file-input").setInputFiles({ name: BIG_NAME, mimeType: XLSX_TYPE, buffer: bigWorkbook() });
    const cancel = page.getByTestId("cancel-read");
    await cancel.waitFor();
    if (workers.length === 0) await page.waitForEvent("worker", { timeout: 10_000 });
    expect(workers.some((url) => url.startsWith(pane.url))).toBe(true);

    // A click handled by the page while the read is still going: the page's thread is free.
    const handled = await page.evaluate(() => {
      let clicks = 0;
      document.body.addEventListener("click", () => (clicks += 1), { once: true });
      document.body.click();
      return clicks;
    });
    expect(handled).toBe(1);
    await page.mouse.click(5, 5);
    await expect(cancel.isVisible()).resolves.toBe(true);

    await cancel.click();
    await cancel.waitFor({ state: "detached" });
    await page.locator("[data-finding]").first().waitFor();
    // The pane shows what it showed before; the cancelled workbook never appears.
    await expect(page.locator("header").textContent()).resolves.toBe(workbookBefore);
    expect(await page.locator("header").textContent()).not.toContain(BIG_NAME);
  });
});
