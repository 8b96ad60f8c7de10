#!/usr/bin/env node
/**
 * Validates manifest.xml offline (Microsoft's `office-addin-manifest validate` calls a web service):
 * 1. against the XSDs kept in schemas/office-manifest (their source and licence: the README there) with xmllint
 *    (Debian libxml2-utils), or another copy given by MANIFEST_SCHEMA_DIR;
 * 2. with the project's own consistency checks (scripts/manifest-check.js).
 * Usage: npm run validate [-- path/to/manifest.xml]
 */
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-check");

const ROOT = path.join(__dirname, "..");
const manifestPath = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
const schemaDir = process.env.MANIFEST_SCHEMA_DIR || path.join(ROOT, "schemas", "office-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

let failed = false;
if (!fs.existsSync(schema)) {
  console.error(`manifest: schema not found at ${schema} (set MANIFEST_SCHEMA_DIR)`);
  failed = true;
} else {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifestPath], { encoding: "utf8" });
  if (result.error) {
    console.error("manifest: xmllint is not installed (Debian: apt-get install -y libxml2-utils)");
    failed = true;
  } else if (result.status !== 0) {
    console.error(result.stderr.trim());
    failed = true;
  } else {
    console.log(`manifest: ${path.relative(ROOT, manifestPath)} is valid against ${path.relative(ROOT, schema)}`);
  }
}

const problems = checkManifest({ manifestPath });
for (const problem of problems) console.error(`manifest: ${problem}`);
if (problems.length === 0) console.log("manifest: every resid is defined, every button action is associated in code, icons match their sizes");
process.exit(failed || problems.length > 0 ? 1 : 0);
