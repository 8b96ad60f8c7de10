/** Build options shared by webpack.config.js, the start script and the tests. */
const path = require("path");

/** The URL manifest.xml is written with; production builds replace it by ADDIN_URL. */
const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** ADDIN_URL must be an https URL; it gets a trailing slash so relative paths append cleanly. */
function productionUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https): ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Where the page loads office.js from: Microsoft's CDN (default) or the add-in's own server ("local"), for
 * intranets without internet access. The CSP of taskpane.html allows exactly that origin and no other.
 */
function officeJsSource(mode) {
  const choice = (mode || "cdn").toLowerCase();
  if (choice === "cdn") {
    return { scriptUrl: CDN_OFFICE_JS, cspOrigin: "https://appsforoffice.microsoft.com", copyPatterns: [] };
  }
  if (choice === "local") {
    const dist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
    return {
      scriptUrl: "office-js/office.js",
      cspOrigin: "",
      // Debug builds double the size and are not needed to run.
      copyPatterns: [{ from: dist, to: "office-js", globOptions: { ignore: ["**/*.debug.js"] } }],
    };
  }
  throw new Error(`OFFICE_JS must be "cdn" or "local", got "${mode}"`);
}

module.exports = { DEV_URL, CDN_OFFICE_JS, productionUrl, officeJsSource };
