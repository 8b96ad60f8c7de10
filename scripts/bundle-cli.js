#!/usr/bin/env node
/**
 * Bundles the command line into one file, lib/cli/main.js (over the copy tsc wrote), so that starting
 * `budget-check` reads one module instead of about a hundred: module loading was half of its start-up time. The
 * --jobs worker (lib/cli/worker.js, started by jobs.ts from beside main.js) is bundled the same way, so each worker
 * thread starts from one module too.
 * ExcelJS stays outside the bundle: it is required only when a catalog is exported. Run by
 * `npm run build:cli` after tsc (which type-checks and compiles the rest of lib/).
 */
"use strict";
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

esbuild
  .build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts"), path.join(ROOT, "src", "cli", "worker.ts")],
    outdir: path.join(ROOT, "lib", "cli"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs"],
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
  })
  .catch(() => process.exit(1));
