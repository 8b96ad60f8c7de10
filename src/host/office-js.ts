/**
 * Whether the page has office.js. taskpane.html loads it through office-js-loader.js: blocking inside an Office host
 * (so it is there, or has failed, before any bundle runs), without blocking in a plain browser (so it may still be
 * on its way, or hang for good). Whatever needs Office waits here instead of failing on its absence.
 */

/** True once office.js has run; false when it failed or the page never asked for it. Pending while a download hangs. */
export function whenOfficeJs(): Promise<boolean> {
  if (typeof Office !== "undefined") return Promise.resolve(true);
  if (typeof document === "undefined") return Promise.resolve(false); // jest, Node
  const script = document.getElementById("office-js");
  if (script === null || script.getAttribute("data-state") !== "loading") return Promise.resolve(false);
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(typeof Office !== "undefined"), { once: true });
    script.addEventListener("error", () => resolve(false), { once: true });
  });
}

/** The loader's guess, made before office.js could answer: a plain browser window, not an Office host. */
export function probablyPlainBrowser(): boolean {
  return typeof document !== "undefined" && document.documentElement.getAttribute("data-office-js") === "async";
}
