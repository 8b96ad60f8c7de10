/**
 * What the pane's end-to-end tests and benchmark share: dist/ served on 127.0.0.1, Debian's headless Chromium
 * (toolchain.md "Running without Excel"), office.js from node_modules, and every request to another host blocked and
 * recorded — startPane() and openPane() put them together, so no test opens a page without the block. Plain
 * JavaScript so scripts/bench-pane.js can use it without compiling.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { staticHandler } = require("../../scripts/serve");

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** Where the default build points office.js; requests under it are answered from OFFICE_JS_DIR, never the network. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The built add-in: BUDGET_CHECK_DIST or dist/. Throws with the command to run when it is not built. */
function distDir() {
  const dir = path.resolve(process.env.BUDGET_CHECK_DIST || path.join(ROOT, "dist"));
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    throw new Error(
      `${dir}/taskpane.html not found: run \`npm run build\` first (.ci/run does), then the browser tests.`,
    );
  }
  return dir;
}

/** A static file server for `root` on 127.0.0.1 (a free port); resolves to { url, close }. */
function serveStatic(root) {
  // The same handler `npm start` serves with (over https there), so the test loads the page as users do.
  const server = http.createServer(staticHandler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Headless Debian Chromium with the flags of toolchain.md; Playwright gives it a fresh user-data-dir. */
async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk).`);
  }
  const { chromium } = require("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

function isLocal(url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:") return true;
    return hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

/** office.js from Microsoft's CDN answered from node_modules/@microsoft/office-js/dist; false when it has no such file. */
async function officeJsFromNodeModules(route) {
  const url = route.request().url();
  const file = path.join(OFFICE_JS_DIR, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
  if (!file.startsWith(OFFICE_JS_DIR + path.sep) || !fs.existsSync(file)) return false;
  await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
  return true;
}

/**
 * Lets a browser context reach 127.0.0.1 only. office.js requests to Microsoft's CDN go to `officeJs` (by default
 * answered from node_modules, so the page works with a local office.js), which returns whether it dealt with the
 * request (answered, held or refused); every other request, and one it did not deal with, is aborted and its URL
 * recorded in the returned array.
 */
async function allowLocalOnly(context, officeJs = officeJsFromNodeModules) {
  const blocked = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_CDN) && (await officeJs(route))) return;
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return blocked;
}

/** Each started pane's browser: kept here, so a page can only be opened through openPane, with the network block. */
const BROWSERS = new WeakMap();

/** The built pane served on 127.0.0.1 and headless Chromium, for a test file: { url, close }. */
async function startPane() {
  const dist = distDir(); // a clear message when `npm run build` has not run
  const server = await serveStatic(dist);
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const pane = {
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  BROWSERS.set(pane, browser);
  return pane;
}

/**
 * Opens the pane (started by startPane) in a fresh browser context that reaches 127.0.0.1 only — the network block
 * is on in every page a test opens. Options: width (380) and height (900) of the viewport, locale ("zh-CN"),
 * acceptDownloads, query (after taskpane.html), officeJs (see allowLocalOnly), onPage(page) to listen to the page
 * before it loads, waitUntil (goto's; "load"), and report (wait until the first finding is listed; true).
 * Resolves to { context, page, blocked (the URLs refused), close }.
 */
async function openPane(pane, options = {}) {
  const context = await BROWSERS.get(pane).newContext({
    viewport: { width: options.width ?? 380, height: options.height ?? 900 },
    locale: options.locale ?? "zh-CN",
    ...(options.acceptDownloads && { acceptDownloads: true }),
  });
  const blocked = await allowLocalOnly(context, options.officeJs);
  const page = await context.newPage();
  options.onPage?.(page);
  await page.goto(`${pane.url}taskpane.html${options.query ?? ""}`, { waitUntil: options.waitUntil ?? "load" });
  if (options.report ?? true) await page.locator("[data-finding]").first().waitFor({ timeout: 30_000 });
  return { context, page, blocked, close: () => context.close() };
}

module.exports = { ROOT, distDir, startPane, openPane, OFFICE_JS_DIR };
