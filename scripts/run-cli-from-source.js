#!/usr/bin/env node
/**
 * Runs the command line from its TypeScript source, without a build: each .ts file is transpiled on load
 * (TypeScript's transpileModule, no type check). The hostile-input suite (test/hostile) and its benchmark
 * (bench/hostile.bench.ts) run it as a child process, so a hang or a runaway allocation is the child's, and is
 * measured and stopped, not the test runner's.
 *
 * Usage: node [--max-old-space-size=N] scripts/run-cli-from-source.js [budget-check arguments]
 * With BUDGET_CHECK_STATS=FILE, writes {"maxRssKb": …, "ms": …} to FILE at exit (the peak resident memory).
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const started = process.hrtime.bigint();
const SRC = path.join(__dirname, "..", "src");
const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** Transpiled files, by a hash of their source: later runs skip the transpiling (most of the start-up time). */
const CACHE = path.join(os.tmpdir(), "budget-check-ts-cache");

function transpiled(filename, source) {
  const key = crypto.createHash("sha256").update(`${ts.version}\0${filename}\0${source}`).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    const { outputText } = ts.transpileModule(source, { compilerOptions: COMPILER_OPTIONS, fileName: filename });
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      fs.writeFileSync(`${cached}.${process.pid}`, outputText);
      fs.renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // no cache: still correct, only slower
    }
    return outputText;
  }
}

require.extensions[".ts"] = (module, filename) => {
  if (!filename.startsWith(SRC)) throw new Error(`not project source: ${filename}`);
  module._compile(transpiled(filename, fs.readFileSync(filename, "utf8")), filename);
};

const statsFile = process.env.BUDGET_CHECK_STATS;
if (statsFile)
  process.on("exit", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    fs.writeFileSync(statsFile, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms }));
  });

require(path.join(SRC, "cli", "main.ts")).runFromProcess();
