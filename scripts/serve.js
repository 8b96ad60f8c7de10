/**
 * Serves dist/ over https on 127.0.0.1 with the project's self-signed certificate: the add-in for Excel on the web
 * and the browser mode. Binds to loopback only; nothing is fetched from elsewhere.
 */
const fs = require("fs");
const https = require("https");
const path = require("path");
const { ensureCertificate } = require("./dev-certs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function reply(res, status, text) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

/** The file a request names under `root` (taskpane.html for "/"), or undefined for a malformed or outside path. */
function fileFor(root, url) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return undefined; // "%E0%A4%A", "http://[": a malformed URL is the client's mistake, never the server's end
  }
  if (urlPath.includes("\0")) return undefined;
  const file = path.join(root, urlPath === "/" ? "taskpane.html" : urlPath);
  // Never serve outside root (../ in a URL).
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** A request handler serving the files under `root` (taskpane.html for "/"), never anything outside it. */
function staticHandler(root) {
  return (req, res) => {
    const file = fileFor(root, req.url || "/");
    if (file === undefined) {
      reply(res, 400, "bad request");
      return;
    }
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (!stat || !stat.isFile()) {
      reply(res, 404, "not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      // Excel on the web loads functions.json and the page from the add-in's origin inside its own frame.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
    });
    // A file removed or unreadable after the stat ends this response, not the server.
    fs.createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  };
}

/** Serves `root` over https on 127.0.0.1 with the project's self-signed certificate. */
function serveDirectory(root, { host = "127.0.0.1", port = 3000 } = {}) {
  const { key, cert } = ensureCertificate();
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, staticHandler(root));
  // A client that sends garbage or drops the connection ends that connection only.
  server.on("clientError", (error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serveDirectory, staticHandler };
