#!/usr/bin/env node
/**
 * Writes dist/samples/fengquan-2024.snapshot.json: the bundled sample read by the command line's own reader
 * (lib/host/xlsx, so run after `npm run build:cli`). The browser mode shows the sample from it at once, without
 * reading the workbook in the page; the e2e test checks it gives the engine's findings.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const { readWorkbookFile } = require(path.join(ROOT, "lib", "host", "xlsx", "read-workbook.js"));

async function main() {
  const read = await readWorkbookFile(path.join(ROOT, "samples", "fengquan-2024.xlsx"));
  if (!read.ok) throw new Error(`cannot read the sample: ${read.problem.kind}`);
  const out = path.join(ROOT, "dist", "samples", "fengquan-2024.snapshot.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(read.snapshot));
  console.log(`sample snapshot: ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
  console.error(`sample-snapshot: ${error.message}`);
  process.exit(1);
});
