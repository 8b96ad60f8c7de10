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

/** A request handler serving the files under `root` (taskpane.html for "/"), never anything outside it. */
function staticHandler(root) {
  return (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const file = path.join(root, urlPath === "/" ? "taskpane.html" : urlPath);
    // Never serve outside root (../ in a URL).
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      // Excel on the web loads functions.json and the page from the add-in's origin inside its own frame.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
    });
    fs.createReadStream(file).pipe(res);
  };
}

/** Serves `root` over https on 127.0.0.1 with the project's self-signed certificate. */
function serveDirectory(root, { host = "127.0.0.1", port = 3000 } = {}) {
  const { key, cert } = ensureCertificate();
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, staticHandler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serveDirectory, staticHandler };
