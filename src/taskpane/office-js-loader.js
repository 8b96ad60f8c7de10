/*
 * Loads office.js for taskpane.html (its URL is this script's data-src). Served as it is, not bundled: it must run
 * before the page's deferred bundles. Plain ES5, no inline script (the page's CSP allows none).
 *
 * Inside an Office host office.js is written into the page in this very place, so it blocks the parser as Office
 * expects: the functions and commands bundles find CustomFunctions and Office when they run. In a plain browser
 * window office.js is only asked for, without blocking: an unreachable or hanging CDN must not hold back the page
 * (before, a stalled request delayed the first render by its full timeout). The bundles wait for it where they need
 * it (src/host/office-js.ts). The guess is the one the pane used for its head start: a top-level window with neither
 * WebView2's nor WKWebView's bridge and no _host_Info in the address is not an Office host.
 *
 * The script element gets id "office-js" and data-state loading | loaded | failed; <html> gets data-office-js
 * async | blocking, which the pane reads as "probably a plain browser".
 */
(function () {
  var loader = document.currentScript;
  var src = loader.getAttribute("data-src");
  var w = window;
  var plainBrowser =
    w.top === w &&
    !(w.chrome && w.chrome.webview) &&
    !(w.webkit && w.webkit.messageHandlers) &&
    !/_host_Info=/i.test(w.location.search);

  // Load and error events of a script do not bubble, but the capture phase at the document sees them.
  function settle(event) {
    var target = event.target;
    if (target && target.id === "office-js" && target.getAttribute("data-state") === "loading") {
      target.setAttribute("data-state", event.type === "load" ? "loaded" : "failed");
    }
  }
  document.addEventListener("load", settle, true);
  document.addEventListener("error", settle, true);
  document.documentElement.setAttribute("data-office-js", plainBrowser ? "async" : "blocking");

  if (!plainBrowser) {
    // document.write is the one way to add a parser-blocking script from a script; the URL is the build's own.
    document.write('<script id="office-js" data-state="loading" src="' + src.replace(/"/g, "&quot;") + '"><\/script>');
    return;
  }
  var script = document.createElement("script");
  script.id = "office-js";
  script.setAttribute("data-state", "loading");
  script.async = true;
  script.src = src;
  document.head.appendChild(script);
})();
