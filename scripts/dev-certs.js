/**
 * A self-signed certificate for https on 127.0.0.1, made with openssl in .certs/ — no sudo, no system trust store
 * (office-addin-dev-certs needs both). Browsers warn once; Excel on the web needs the page trusted once.
 * Without openssl the answer is one line saying what is missing, never a stack trace: on Windows and macOS, where
 * Excel desktop needs a trusted certificate anyway, the dev server falls back to Office's dev-certs tooling.
 * BUDGET_CHECK_CERT_DIR puts the certificate elsewhere (the tests use it to leave .certs/ alone).
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const CERT_DIR = path.resolve(process.env.BUDGET_CHECK_CERT_DIR || path.join(__dirname, "..", ".certs"));
const KEY = path.join(CERT_DIR, "localhost.key");
const CERT = path.join(CERT_DIR, "localhost.crt");

const INSTALL_OPENSSL =
  process.platform === "win32"
    ? "install OpenSSL (it comes with Git for Windows) and add it to PATH"
    : process.platform === "darwin"
      ? "brew install openssl"
      : "Debian/Ubuntu: apt-get install -y openssl";

/** A failure the user can act on: its message is the whole answer, one line. */
class CertificateError extends Error {}

function firstLine(text) {
  return String(text).trim().split(/\r?\n/)[0] || "no message";
}

function ensureCertificate() {
  if (fs.existsSync(KEY) && fs.existsSync(CERT)) return { key: KEY, cert: CERT, created: false };
  fs.mkdirSync(CERT_DIR, { recursive: true });
  const result = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "825", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", KEY, "-out", CERT],
    { encoding: "utf8" },
  );
  if (result.error || result.status !== 0) {
    // A half-made pair would be "reused" next time.
    for (const file of [KEY, CERT]) fs.rmSync(file, { force: true });
    if (result.error && result.error.code === "ENOENT") {
      throw new CertificateError(
        `openssl not found: it makes the self-signed certificate for https://127.0.0.1 (${INSTALL_OPENSSL}), ` +
          `or put a key and certificate at ${path.join(CERT_DIR, "localhost.{key,crt}")}`,
      );
    }
    throw new CertificateError(`openssl could not make the certificate: ${firstLine(result.error ? result.error.message : result.stderr)}`);
  }
  return { key: KEY, cert: CERT, created: true };
}

/** Key and certificate for webpack's dev server (Excel desktop sideload on Windows and macOS). */
async function httpsOptions() {
  try {
    const { key, cert } = ensureCertificate();
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
    if (process.platform === "win32" || process.platform === "darwin") {
      console.error(`${error.message}; using office-addin-dev-certs instead (it asks to trust its certificate authority)`);
      return require("office-addin-dev-certs").getHttpsServerOptions();
    }
    // The dev server cannot run without a certificate: the one line, not webpack's stack trace.
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}

module.exports = { ensureCertificate, httpsOptions, CertificateError, CERT_DIR };
