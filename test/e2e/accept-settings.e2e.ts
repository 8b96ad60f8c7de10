/**
 * Accepting findings and the shared settings in browser mode (issues #10, #11), in headless Chromium on the built
 * add-in: the file is only read there, so the accept button is disabled and says why, in Chinese and in English;
 * the settings download as the command line's budget-check.config.json, which its strict reader accepts.
 */
import * as fs from "node:fs";
import type { Page } from "playwright-core";
import { parseSettings } from "../../src/core/settings";
import { openPane, startPane, type StartedPane } from "./harness";

let pane: StartedPane;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
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
