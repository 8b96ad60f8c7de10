#!/usr/bin/env node
/**
 * `npm run bench`: compiles bench/*.bench.ts (and what they import) to .bench/ and runs each file's `run()`,
 * then the pane benchmark if present; prints one JSON object with every file's figures. Benchmarks print figures;
 * they are not tests and never fail on a slow machine. Usage: npm run bench [-- name-filter]
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const filter = process.argv[2];

execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], { cwd: ROOT, stdio: "inherit" });

async function main() {
  const results = { machine: { node: process.version, cpus: require("os").cpus().length, date: new Date().toISOString() } };
  const benchDir = path.join(ROOT, ".bench", "bench");
  const files = fs.existsSync(benchDir) ? fs.readdirSync(benchDir).filter((f) => f.endsWith(".bench.js")).sort() : [];
  for (const file of files) {
    const name = file.replace(/\.bench\.js$/, "");
    if (filter && !name.includes(filter)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    const { run } = require(path.join(benchDir, file));
    results[name] = await run();
  }
  const pane = path.join(ROOT, "scripts", "bench-pane.js");
  if (fs.existsSync(pane) && (!filter || "pane".includes(filter))) {
    process.stderr.write("bench: pane…\n");
    const output = execFileSync(process.execPath, [pane], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    results.pane = JSON.parse(output);
  }
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
