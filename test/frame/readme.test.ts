/** The README's reference sections are copied from docs/*.md; they must not drift apart. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { RULE_IDS } from "../../src/core/findings/rule-ids";

const ROOT = path.join(__dirname, "..", "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

test("README.md is up to date with docs/*.md", () => {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-readme.js"), "--check"], {
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

test("README documents every rule id (product.md: rule ids are documented in the README)", () => {
  const missing = RULE_IDS.filter((id) => !readme.includes(`\`${id}\``));
  expect(missing).toEqual([]);
});

test("README's quick start is the two commands of product.md", () => {
  expect(readme).toContain("npm install && npm start");
  expect(readme).toMatch(/^npm test\b/m);
});
