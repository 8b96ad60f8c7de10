/**
 * Accepting findings and the shared settings in browser mode (issues #10, #11), in headless Chromium on the built
 * add-in: the file is only read there, so the accept button is disabled and says why, in Chinese and in English;
 * the settings download as the command line's budget-check.config.json, which its strict reader accepts.
 */
import * as fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parseSettings } from "../../src/core/settings";
import { allowLocalOnly, distDir, launchChromium, serveStatic } from "./harness";

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  const dist = distDir();
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  await allowLocalOnly(context);
  page = await context.newPage();
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}taskpane.html`);
  await page.locator("[data-finding]").first().waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("browser mode", () => {
  it("shows the accept button on the chosen finding, disabled, saying why (Chinese)", async () => {
    await page.locator("[data-finding]").first().click();
    const button = page.getByTestId("accept-button");
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    expect(await page.getByTestId("accept-unavailable").textContent()).toBe("浏览器模式下文件只读：请在 Excel 中接受");
    expect(await button.getAttribute("aria-describedby")).toBe("accept-unavailable");
    // Not accepted, so nothing is counted or listed as accepted.
    expect(await page.getByTestId("accepted-count").count()).toBe(0);
    expect(await page.locator("[data-accepted]").count()).toBe(0);
  });

  it("exports the settings as budget-check.config.json, which the command line reads", async () => {
    await page.getByRole("button", { name: "设置" }).click();
    await page.getByRole("textbox", { name: /容差/ }).fill("0.01");
    await page.getByRole("combobox", { name: "表格体系" }).selectOption("shanghai");
    await page.getByRole("button", { name: "应用并重新校验" }).click();
    await page.locator("[data-finding]").first().waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-settings").click()]);
    expect(download.suggestedFilename()).toBe("budget-check.config.json");
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(parseSettings(text)).toEqual({
      ok: true,
      settings: { profile: "shanghai", tolerance: { 元: "0.01", 万元: "0.01" } },
    });
  });

  it("says why the accept button is unavailable in English too", async () => {
    await page.getByRole("radio", { name: "English" }).check();
    await page.locator("[data-finding]").first().click();
    expect(await page.getByTestId("accept-unavailable").textContent()).toBe(
      "The file is read-only in browser mode: accept in Excel",
    );
    expect(await page.getByTestId("accept-button").textContent()).toBe("Accept…");
    expect(consoleErrors).toEqual([]);
  });
});
