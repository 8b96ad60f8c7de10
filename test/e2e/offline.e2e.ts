/**
 * Browser mode when office.js cannot be had (an intranet without Microsoft's CDN, or a CDN that hangs): the page still
 * renders the sample's report at once, and logs no error of its own. office.js is held, refused, or answered late
 * from node_modules; every other request beyond 127.0.0.1 is aborted. Inside an Office host (here: a frame) office.js
 * still loads before the bundles, and the functions are associated either way.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { allowLocalOnly, distDir, launchChromium, OFFICE_JS_DIR, ROOT, serveStatic } from "./harness";

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;
const BUDGET_IDS = ["SHARE", "CHECKSUM", "RECONCILE", "WAN", "NAME", "SOURCE"];

/** The ids office.js holds functions for (CustomFunctions.associate keeps them there, upper-cased). Runs in the page. */
function associatedIds(): string[] {
  const cf = (window as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions;
  return Object.keys(cf?._association?.mappings ?? {});
}

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** office.js requests not answered yet (stall) or aborted (fail). */
  readonly officeJsRequests: Route[];
  readonly close: () => Promise<void>;
}

/** Opens taskpane.html with office.js requests either held without an answer ("stall") or refused ("fail"). */
async function openOffline(officeJs: "stall" | "fail"): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
  const officeJsRequests: Route[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    if (OFFICE_JS.test(url)) {
      officeJsRequests.push(route);
      if (officeJs === "stall") return; // never answered while the test runs: the CDN hangs
    }
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The browser's own line for the refused office.js download: the network's answer, not the page's.
    if (/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text()) && officeJs === "fail") return;
    errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  const close = async () => {
    for (const route of officeJsRequests) await route.abort("timedout").catch(() => undefined);
    await context.close();
  };
  return { page, errors, officeJsRequests, close };
}

describe("browser mode without office.js", () => {
  it("renders the sample's report while the office.js request hangs, with no console error", async () => {
    const { page, errors, officeJsRequests, close } = await openOffline("stall");
    try {
      // No waiting for the page's load event: it would wait for office.js, which never comes.
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
      await page.locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      await expect(page.locator("h1").textContent()).resolves.toBe("预算校验");
      await expect(page.getByText("工作簿：fengquan-2024.xlsx（内置示例）").count()).resolves.toBe(1);
      // The report is on screen while office.js was asked for and is still unanswered.
      expect(officeJsRequests).toHaveLength(1);
      expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("renders the sample's report when office.js cannot be downloaded, with no console error", async () => {
    const { page, errors, officeJsRequests, close } = await openOffline("fail");
    try {
      await page.goto(`${server.url}taskpane.html`);
      await page.locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      expect(officeJsRequests).toHaveLength(1);
      // The functions and commands bundles ran on a page without Office: they must have touched nothing absent.
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      // The pane still reads a workbook the user opens (the reader's lazily loaded chunk comes from 127.0.0.1).
      await page.getByTestId("file-input").setInputFiles({
        name: "opened.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: fs.readFileSync(path.join(ROOT, "samples", "fengquan-2024.xlsx")),
      });
      await page.getByText("工作簿：opened.xlsx").waitFor();
      await page.locator("[data-finding]").first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("associates the functions once office.js arrives late in a plain browser", async () => {
    const { page, errors, officeJsRequests, close } = await openOffline("stall");
    try {
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
      await page.locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.getAttribute("data-office-js"))).toBe("async");
      expect(await page.evaluate(associatedIds)).toEqual([]);
      // The CDN answers at last.
      const office = fs.readFileSync(path.join(OFFICE_JS_DIR, "office.js"));
      await officeJsRequests[0]!.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: office });
      officeJsRequests.length = 0;
      await page.waitForFunction(() => document.getElementById("office-js")?.getAttribute("data-state") === "loaded");
      await expect(page.evaluate(associatedIds)).resolves.toEqual(expect.arrayContaining(BUDGET_IDS));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("inside an Office host", () => {
  it("loads office.js before the bundles, which associate the functions as they run", async () => {
    const context = await browser.newContext();
    try {
      await allowLocalOnly(context); // office.js answered from node_modules
      const page = await context.newPage();
      // How Excel desktop on Windows opens the page (office.js reads the host from _host_Info). A frame would not
      // do: office.js leaves a frame whose parent is not Office.
      await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
      const state = await page.evaluate(() => {
        const scripts = [...document.scripts];
        return {
          guess: document.documentElement.getAttribute("data-office-js"),
          officeJs: document.getElementById("office-js")?.getAttribute("data-state"),
          // office.js sits before every bundle in the document: it was written in place and blocked the parser.
          officeJsFirst:
            scripts.findIndex((s) => s.id === "office-js") < scripts.findIndex((s) => /functions\.js$/.test(s.src)),
        };
      });
      expect(state).toEqual({ guess: "blocking", officeJs: "loaded", officeJsFirst: true });
      // By the load event every BUDGET function is associated (the page's scripts have all run).
      await expect(page.evaluate(associatedIds)).resolves.toEqual(expect.arrayContaining(BUDGET_IDS));
    } finally {
      await context.close();
    }
  });
});
