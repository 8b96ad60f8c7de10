#!/usr/bin/env node
/**
 * `npm start` (product.md "Quick start"):
 * 1. builds the add-in (dist/) and the command line (lib/);
 * 2. prints the validation report of the bundled sample workbook;
 * 3. with Excel desktop (Windows, macOS): the standard sideload (office-addin-debugging start manifest.xml);
 *    elsewhere (Linux, no Excel): serves the add-in and the browser mode on https://127.0.0.1:3000 with a
 *    self-signed certificate and says exactly how to load it. It never pretends to have sideloaded.
 * Options: --no-serve (build and print the report only).
 */
const path = require("path");
const { spawnSync } = require("child_process");
const { ensureCertificate } = require("./dev-certs");
const { serveDirectory } = require("./serve");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function step(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, args, { allowExit = [0] } = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.error) throw result.error;
  if (!allowExit.includes(result.status)) {
    console.error(`✖ ${command} ${args.join(" ")} exited with ${result.status}`);
    process.exit(result.status || 1);
  }
  return result.status;
}

async function main() {
  const serve = !process.argv.includes("--no-serve");
  const sideload = process.platform === "win32" || process.platform === "darwin";
  // The certificate first: a missing openssl is told in one line before the build, not after it.
  const certificate = serve && !sideload ? ensureCertificate() : undefined;

  step("构建加载项与命令行 Building the add-in (dist/) and the command line (lib/)");
  run(npm, ["run", "build:dev", "--silent"]);

  step("校验随附样例工作簿 Checking the bundled sample workbook (samples/fengquan-2024.xlsx)");
  // Exit 1 means "errors were found in the sample" — that is the point of the sample, not a failure of start.
  run(process.execPath, [path.join(ROOT, "bin", "budget-check.js")], { allowExit: [0, 1] });

  if (!serve) return;

  if (sideload) {
    step("旁加载到 Excel 桌面版 Sideloading into Excel desktop (office-addin-debugging start manifest.xml)");
    run(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop"]);
    return;
  }

  const { cert, created } = certificate;
  step(`本机没有 Excel 桌面版（${process.platform}）：不进行旁加载。No Excel desktop on ${process.platform}: no sideload was attempted.`);
  console.log(`  • 自签名证书 Self-signed certificate ${created ? "created" : "reused"}: ${path.relative(ROOT, cert)} (CN=localhost, SAN 127.0.0.1)`);
  await serveDirectory(path.join(ROOT, "dist"), { port: PORT });
  const base = `https://127.0.0.1:${PORT}`;
  console.log(`  • 已在 ${base}/ 提供加载项 Serving dist/ at ${base}/ (loopback only)`);
  console.log(`
  浏览器模式 Browser mode (no Excel needed):
    打开 Open ${base}/taskpane.html — 首次需信任自签名证书 (trust the certificate once);
    it checks the bundled sample, or any .xlsx you open there. Nothing is uploaded.

  在 Excel 网页版中加载 To load it in Excel on the web:
    1. 在此浏览器中先打开 https://localhost:${PORT}/taskpane.html（清单中的地址）并信任证书
       (open the manifest's address once and accept the certificate);
    2. Excel 网页版 → 开始 → 加载项 → 更多设置 → 上传我的加载项 (Home → Add-ins → More settings → Upload My Add-in);
    3. 选择 Choose ${path.join(ROOT, "manifest.xml")}.
    The 预算校验 group appears on the Home tab; =BUDGET.SHARE(966.7,1261.66) returns 0.7662.

  Ctrl+C 停止 to stop.`);
}

main().catch((error) => {
  console.error(`✖ start: ${error.message}`);
  process.exit(1);
});
