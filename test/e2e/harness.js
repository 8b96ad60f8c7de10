/**
 * What the pane's end-to-end test and benchmark share: dist/ served on 127.0.0.1, Debian's headless Chromium
 * (toolchain.md "Running without Excel"), office.js from node_modules, and every request to another host blocked and
 * recorded. Plain JavaScript so scripts/bench-pane.js can use it without compiling.
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
    throw new Error(`${dir}/taskpane.html not found: run \`npm run build\` first (.ci/run does), then the browser tests.`);
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
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
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

/**
 * Lets a browser context reach 127.0.0.1 only. office.js requests to Microsoft's CDN are answered from
 * node_modules/@microsoft/office-js/dist (the page works with a local office.js); every other request is aborted
 * and its URL recorded in the returned array.
 */
async function allowLocalOnly(context) {
  const blocked = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS_DIR, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
      }
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return blocked;
}

module.exports = { ROOT, distDir, serveStatic, launchChromium, allowLocalOnly, OFFICE_JS_DIR };
