/**
 * `npm start` and the dev server make a self-signed certificate with openssl. Without openssl (or when it fails) the
 * user gets one line saying what is missing — never a stack trace — and before the build, not after it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const hasOpenssl = !spawnSync("openssl", ["version"]).error;
const onLinux = process.platform === "linux";

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs node (by its absolute path) with PATH set to `pathDirs` and the certificate kept in a fresh folder. */
function runNode(args: string[], pathDirs: string[]) {
  const certDir = path.join(tmp("certs-"), "certs");
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, PATH: pathDirs.join(path.delimiter), BUDGET_CHECK_CERT_DIR: certDir },
  });
  return { ...result, certDir };
}

/** A folder holding only an `openssl` that prints two lines on stderr and fails. */
function failingOpenssl(): string {
  const dir = tmp("bin-");
  const file = path.join(dir, "openssl");
  fs.writeFileSync(file, "#!/bin/sh\necho 'req: unknown option -addext' >&2\necho 'more detail' >&2\nexit 1\n");
  fs.chmodSync(file, 0o755);
  return dir;
}

function expectOneLineAboutOpenssl(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/openssl/);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack frame
}

(onLinux ? describe : describe.skip)("the certificate step", () => {
  test("npm start with no openssl on PATH says so in one line, before building anything", () => {
    const { status, stdout, stderr, certDir } = runNode(["scripts/start.js"], [tmp("empty-path-")]);
    expect(status).toBe(1);
    expectOneLineAboutOpenssl(stderr);
    expect(stderr).toContain("openssl not found");
    expect(stderr).toContain("apt-get install -y openssl");
    expect(stdout).not.toContain("Building"); // the build was not started
    expect(fs.existsSync(path.join(certDir, "localhost.key"))).toBe(false);
  });

  test("the dev server's certificate (webpack) with no openssl exits with the same one line", () => {
    const script = "require('./scripts/dev-certs').httpsOptions().then(() => console.log('served'))";
    const { status, stdout, stderr } = runNode(["-e", script], [tmp("empty-path-")]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expectOneLineAboutOpenssl(stderr);
    expect(stderr).toContain("openssl not found");
  });

  test("an openssl that fails is quoted by its first line, and leaves no half-made pair behind", () => {
    const { status, stderr, certDir } = runNode(["scripts/start.js"], [failingOpenssl()]);
    expect(status).toBe(1);
    expectOneLineAboutOpenssl(stderr);
    expect(stderr).toContain("openssl could not make the certificate: req: unknown option -addext");
    expect(fs.readdirSync(certDir)).toEqual([]);
  });

  (hasOpenssl ? test : test.skip)("with openssl, a key and a certificate for localhost are made, then reused", () => {
    const script =
      "const c = require('./scripts/dev-certs'); const a = c.ensureCertificate(); const b = c.ensureCertificate();" +
      "console.log(JSON.stringify([a.created, b.created]))";
    const { status, stdout, certDir } = runNode(["-e", script], (process.env.PATH ?? "").split(path.delimiter));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([true, false]);
    const text = spawnSync("openssl", ["x509", "-in", path.join(certDir, "localhost.crt"), "-noout", "-text"], {
      encoding: "utf8",
    }).stdout;
    expect(text).toContain("CN = localhost");
    expect(text).toContain("IP Address:127.0.0.1");
  });
});
