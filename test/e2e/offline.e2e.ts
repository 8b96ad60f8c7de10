/**
 * Browser mode when office.js cannot be had (an intranet without Microsoft's CDN, or a CDN that hangs): the page still
 * renders the sample's report at once, and logs no error of its own. office.js is held, refused, or answered late
 * from node_modules; every other request beyond 127.0.0.1 is aborted. Inside an Office host (here: a frame) office.js
 * still loads before the bundles, and the functions are associated either way.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page, Route } from "playwright-core";
import { OFFICE_JS_DIR, openPane, ROOT, startPane, type StartedPane } from "./harness";

const BUDGET_IDS = ["SHARE", "CHECKSUM", "RECONCILE", "WAN", "NAME", "SOURCE"];

/** The ids office.js holds functions for (CustomFunctions.associate keeps them there, upper-cased). Runs in the page. */
function associatedIds(): string[] {
  const cf = (window as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions;
  return Object.keys(cf?._association?.mappings ?? {});
}

let pane: StartedPane;

beforeAll(async () => {
  pane = await startPane();
});

afterAll(async () => {
  await pane?.close();
});

interface Opened {
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** office.js requests not answered yet (stall) or aborted (fail). */
  readonly officeJsRequests: Route[];
  readonly close: () => Promise<void>;
}

/**
 * Opens taskpane.html, and waits for the sample's report, with office.js requests either held without an answer
 * ("stall") or refused ("fail"); everything else beyond 127.0.0.1 is blocked as in every test. With "stall" the page
 * is not waited for: its load event would wait for office.js, which never comes.
 */
async function openOffline(officeJs: "stall" | "fail"): Promise<Opened> {
  const officeJsRequests: Route[] = [];
  const errors: string[] = [];
  const opened = await openPane(pane, {
    officeJs: async (route) => {
      officeJsRequests.push(route);
      // Held: never answered while the test runs (the CDN hangs); or refused as an offline network refuses it.
      if (officeJs === "fail") await route.abort("internetdisconnected");
      return true;
    },
    waitUntil: officeJs === "stall" ? "commit" : "load",
    onPage: (page) => {
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // The browser's own line for the refused office.js download: the network's answer, not the page's.
        if (/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text()) && officeJs === "fail")
          return;
        errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    },
  });
  const close = async () => {
    for (const route of officeJsRequests) await route.abort("timedout").catch(() => undefined);
    await opened.close();
  };
  return { page: opened.page, errors, officeJsRequests, close };
}

describe("browser mode without office.js", () => {
  it("renders the sample's report while the office.js request hangs, with no console error", async () => {
    const { page, errors, officeJsRequests, close } = await openOffline("stall");
    try {
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
    // How Excel desktop on Windows opens the page (office.js reads the host from _host_Info; answered from
    // node_modules). A frame would not do: office.js leaves a frame whose parent is not Office.
    const { page, close } = await openPane(pane, { query: "?_host_Info=Excel$Win32$16.01$en-US$$$$0", report: false });
    try {
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
      await close();
    }
  });
});

describe("the harness's network block", () => {
  it.each([
    ["office.js from node_modules", undefined],
    [
      "office.js refused by the test",
      async (route: Route) => {
        await route.abort("internetdisconnected");
        return true;
      },
    ],
  ] as const)("refuses every request beyond 127.0.0.1 (%s)", async (_case, officeJs) => {
    const { context, blocked, close } = await openPane(pane, { report: false, ...(officeJs && { officeJs }) });
    try {
      // A navigation (the page's own CSP would refuse a fetch before the network is asked).
      const outside = "https://example.com/budget-check-e2e";
      const other = await context.newPage();
      await expect(other.goto(outside)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
      expect(blocked).toContain(outside);
    } finally {
      await close();
    }
  });
});
