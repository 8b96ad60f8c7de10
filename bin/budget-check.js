#!/usr/bin/env node
/** Launcher for `budget-check`: runs the compiled command line in lib/ (`npm run build:cli` makes it). */
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main\.js/.test(String(error.message))) {
    process.stderr.write("budget-check: 命令行尚未编译，请先运行 npm run build:cli (run `npm run build:cli` first)\n");
    process.exit(2);
  }
  throw error;
}
cli.runFromProcess();
