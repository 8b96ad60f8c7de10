/**
 * A self-signed certificate for https on 127.0.0.1, made with openssl in .certs/ — no sudo, no system trust store
 * (office-addin-dev-certs needs both). Browsers warn once; Excel on the web needs the page trusted once.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const KEY = path.join(CERT_DIR, "localhost.key");
const CERT = path.join(CERT_DIR, "localhost.crt");

function ensureCertificate() {
  if (fs.existsSync(KEY) && fs.existsSync(CERT)) return { key: KEY, cert: CERT, created: false };
  fs.mkdirSync(CERT_DIR, { recursive: true });
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "825", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", KEY, "-out", CERT],
    { stdio: "ignore" },
  );
  return { key: KEY, cert: CERT, created: true };
}

async function httpsOptions() {
  const { key, cert } = ensureCertificate();
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

module.exports = { ensureCertificate, httpsOptions, CERT_DIR };
